import { TranslationsOf } from '../merge-translations';
import { PROFILE_EN } from './profile.en';

/**
 * Spanish texts of the profile and change-password pages (`features/profile`): exactly the keys of
 * {@link PROFILE_EN} (checked by the compiler).
 */
export const PROFILE_ES: TranslationsOf<typeof PROFILE_EN> = {
  profile: {
    title: 'Tu perfil',
    lead: 'Cómo te ven los demás y el idioma en el que te habla SkillFast.',
    loading: 'Cargando tu perfil…',
    errorTitle: 'No se pudo cargar tu perfil',
    account: 'Cuenta',
    email: 'Correo electrónico',
    role: 'Rol',
    memberSince: 'Miembro desde',
    edit: 'Datos personales',
    displayName: 'Nombre visible',
    language: 'Idioma',
    languageHint: 'Se usa en la interfaz y en los correos.',
    save: 'Guardar cambios',
    saving: 'Guardando…',
    saved: 'Tu perfil se ha guardado.',
    security: 'Seguridad',
    securityText: 'Usa una contraseña segura que no utilices en ningún otro sitio.',
    changePassword: 'Cambiar contraseña',
  },
  password: {
    title: 'Cambiar contraseña',
    lead: 'Al cambiar tu contraseña se cerrarán tus sesiones en otros dispositivos.',
    mustChange: 'Por tu seguridad, tienes que elegir una contraseña nueva antes de continuar.',
    current: 'Contraseña actual',
    new: 'Contraseña nueva',
    newHint: 'Entre {{min}} y {{max}} caracteres.',
    confirm: 'Repite la contraseña nueva',
    submit: 'Cambiar contraseña',
    submitting: 'Cambiando la contraseña…',
    changed: 'Tu contraseña se ha cambiado. Se han cerrado tus otras sesiones.',
    continue: 'Continuar',
    back: 'Volver a tu perfil',
  },
};
