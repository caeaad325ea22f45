import { TranslationsOf } from '../merge-translations';
import { AUTH_EN } from './auth.en';

/**
 * Spanish texts of sign-in and sign-up (`features/auth`): exactly the keys of {@link AUTH_EN}
 * (checked by the compiler).
 */
export const AUTH_ES: TranslationsOf<typeof AUTH_EN> = {
  auth: {
    email: 'Correo electrónico',
    password: 'Contraseña',
    login: {
      title: 'Iniciar sesión',
      lead: 'Hola de nuevo. Inicia sesión para consultar a expertos o atender tus consultas.',
      submit: 'Iniciar sesión',
      submitting: 'Iniciando sesión…',
      switchQuestion: '¿Eres nuevo en SkillFast?',
      switchLink: 'Crea una cuenta',
    },
    register: {
      title: 'Crea tu cuenta',
      lead: 'Te llevará menos de un minuto. Podrás cambiar tu nombre y tu idioma más adelante.',
      passwordHint: 'Entre {{min}} y {{max}} caracteres.',
      displayName: 'Tu nombre',
      displayNameHint: 'Así te verán los expertos y los clientes.',
      roleLegend: '¿Cómo vas a usar SkillFast?',
      client: {
        title: 'Necesito asesoramiento',
        text: 'Encuentra expertos y consúltales en directo. Solo pagas los minutos que uses.',
      },
      expert: {
        title: 'Soy experto',
        text: 'Comparte lo que sabes en consultas en directo y cobra por minuto.',
      },
      submit: 'Crear cuenta',
      submitting: 'Creando tu cuenta…',
      switchQuestion: '¿Ya tienes una cuenta?',
      switchLink: 'Inicia sesión',
      createdPleaseSignIn: 'Tu cuenta se ha creado. Inicia sesión para continuar.',
    },
  },
};
