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
      forgotPassword: '¿Has olvidado tu contraseña?',
      noMethod:
        'Ahora mismo no se puede iniciar sesión en este servicio. Ponte en contacto con un administrador.',
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
      closedTitle: 'Las cuentas se crean con el acceso de tu empresa',
      closed:
        'En este servicio las cuentas no se crean con un formulario: entra con la cuenta de tu empresa y tu cuenta de SkillFast se creará automáticamente.',
      closedNoSso: 'Aquí no se pueden crear cuentas nuevas. Pide acceso a un administrador.',
    },
    options: {
      loading: 'Cargando las formas de acceso…',
      errorTitle: 'No se han podido comprobar las formas de acceso',
    },
    sso: {
      button: 'Entrar con {{label}}',
      buttonGeneric: 'Entrar con la cuenta de tu empresa',
      redirecting: 'Abriendo el acceso de tu empresa…',
      or: 'o',
      errors: {
        denied:
          'Se canceló el acceso o se rechazó el permiso que SkillFast pidió en el acceso de tu empresa. Puedes volver a intentarlo.',
        unknown_user:
          'El acceso de tu empresa no nos ha dicho quién eres (falta el correo electrónico o el identificador de la cuenta). Pide a tu administrador que revise tu cuenta allí.',
        wrong_audience:
          'El acceso de tu empresa ha respondido para otra aplicación. Pide a tu administrador que revise la configuración del inicio de sesión único.',
        invalid_token:
          'No se ha podido verificar la respuesta del acceso de tu empresa (había caducado o no era válida). Vuelve a intentarlo.',
        state: 'Ese intento de acceso ha caducado o no se inició aquí. Vuelve a intentarlo.',
        suspended:
          'Tu cuenta de SkillFast está suspendida. Ponte en contacto con un administrador.',
        provider_error:
          'El acceso de tu empresa ha informado de un error. Vuelve a intentarlo más tarde.',
        unavailable:
          'No se ha podido contactar con el acceso de tu empresa. Vuelve a intentarlo dentro de unos minutos.',
      },
    },
    ssoCallback: {
      title: 'Iniciando tu sesión…',
      wait: 'Un momento: estamos terminando de iniciar tu sesión.',
      errorTitle: 'No hemos podido terminar de iniciar tu sesión',
      retry: 'Reintentar',
      back: 'Volver a iniciar sesión',
    },
    forgot: {
      title: '¿Has olvidado tu contraseña?',
      lead: 'Escribe el correo electrónico de tu cuenta y te enviaremos un enlace para elegir una contraseña nueva.',
      submit: 'Enviar enlace',
      submitting: 'Enviando…',
      sent: 'Si existe una cuenta para {{email}}, te hemos enviado un enlace a esa dirección. Es válido durante {{minutes}} minutos.',
      sentHint: '¿No te ha llegado? Revisa la carpeta de correo no deseado o pide otro enlace.',
      again: 'Enviar otro enlace',
      noMail:
        'Este servicio de SkillFast no envía correos, así que no podemos enviarte un enlace. Pide a un administrador un enlace para restablecer tu contraseña.',
      noLocalLogin: 'Este servicio no usa contraseñas: entra con la cuenta de tu empresa.',
      back: 'Volver a iniciar sesión',
    },
    reset: {
      title: 'Elige una contraseña nueva',
      lead: 'Elige una contraseña nueva para tu cuenta de SkillFast.',
      submit: 'Guardar la contraseña nueva',
      submitting: 'Guardando…',
      done: 'Tu contraseña se ha cambiado y se han cerrado todas las sesiones abiertas. Inicia sesión con tu contraseña nueva.',
      signIn: 'Iniciar sesión',
      missingTokenTitle: 'Este enlace para restablecer la contraseña está incompleto',
      missingToken: 'Vuelve a abrir el enlace del correo (completo) o pide uno nuevo.',
      requestNew: 'Pedir un enlace nuevo',
    },
  },
};
