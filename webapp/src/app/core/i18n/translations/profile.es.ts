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
    notifications: {
      title: 'Avisos por correo',
      lead: 'Elige qué correos te envía SkillFast.',
      loading: 'Cargando tus preferencias de avisos…',
      errorTitle: 'No se pudieron cargar tus preferencias de avisos',
      legend: 'Envíame un correo sobre',
      sessionMissed: 'Solicitudes de consulta que no atendí',
      sessionReceipt: 'El recibo de cada consulta',
      reviewReceived: 'Nuevas valoraciones de mis consultas',
      payments: 'Pagos: recargas, reembolsos y cobros',
      mailDisabled:
        'Este servicio de SkillFast no envía correos por ahora. Tus preferencias se guardan igualmente y se aplicarán cuando se active el correo.',
      save: 'Guardar preferencias de avisos',
      saving: 'Guardando…',
      saved: 'Tus preferencias de avisos se han guardado.',
    },
  },
  password: {
    title: 'Cambiar contraseña',
    lead: 'Al cambiar tu contraseña se cerrarán tus sesiones en otros dispositivos.',
    mustChange: 'Por tu seguridad, tienes que elegir una contraseña nueva antes de continuar.',
    current: 'Contraseña actual',
    submit: 'Cambiar contraseña',
    submitting: 'Cambiando la contraseña…',
    changed: 'Tu contraseña se ha cambiado. Se han cerrado tus otras sesiones.',
    continue: 'Continuar',
    back: 'Volver a tu perfil',
  },
};
