import { TranslationsOf } from '../merge-translations';
import { COMMON_EN } from './common.en';

/**
 * Spanish texts of words every feature uses: roles, channels, presence, verification and session
 * states, form messages, the confirm dialog, error messages, the system info card, loading data and
 * paging lists: exactly the keys of {@link COMMON_EN} (checked by the compiler).
 */
export const COMMON_ES: TranslationsOf<typeof COMMON_EN> = {
  roles: {
    CLIENT: 'Cliente',
    EXPERT: 'Experto',
    ADMIN: 'Administrador',
  },
  channels: {
    CHAT: 'Chat',
    AUDIO: 'Llamada de voz',
    VIDEO: 'Videollamada',
  },
  presence: {
    ONLINE: 'Conectado',
    BUSY: 'Ocupado',
    OFFLINE: 'Desconectado',
  },
  verification: {
    PENDING: 'Pendiente de revisión',
    VERIFIED: 'Verificado',
    REJECTED: 'Rechazado',
  },
  sessionStates: {
    REQUESTED: 'Esperando respuesta',
    ACTIVE: 'En curso',
    DECLINED: 'Rechazada',
    EXPIRED: 'Caducada',
    CANCELLED: 'Cancelada',
    ENDED: 'Finalizada',
  },
  form: {
    required: 'Este campo es obligatorio.',
    email: 'Escribe un correo electrónico válido, como nombre@ejemplo.com.',
    passwordLength: 'Usa entre {{min}} y {{max}} caracteres.',
    displayNameLength: 'Usa entre 1 y {{max}} caracteres.',
    passwordMismatch: 'Las contraseñas no coinciden.',
    newPassword: 'Contraseña nueva',
    newPasswordHint: 'Entre {{min}} y {{max}} caracteres.',
    confirmPassword: 'Repite la contraseña nueva',
    tooManyAttempts: 'Demasiados intentos, inténtalo de nuevo en {{seconds}} s.',
    errorSummary: 'Revisa los campos marcados.',
    showPassword: 'Mostrar contraseña',
    hidePassword: 'Ocultar contraseña',
    maxLength: 'Usa como máximo {{max}} caracteres.',
    counter: '{{count}} / {{max}}',
    tags: {
      remove: 'Quitar {{tag}}',
      tooLong: 'Cada elemento puede tener como máximo {{max}} caracteres.',
      full: 'Puedes añadir como máximo {{max}}.',
    },
  },
  confirm: {
    cancel: 'Cancelar',
  },
  errors: {
    network: 'No se pudo contactar con el servidor. Comprueba tu conexión e inténtalo de nuevo.',
    timeout: 'El servidor tardó demasiado en responder. Inténtalo de nuevo.',
    badRequest: 'La solicitud no es válida.',
    unauthorized: 'Necesitas iniciar sesión para hacer esto.',
    forbidden: 'No tienes permiso para hacer esto.',
    notFound: 'No se encontró el recurso solicitado.',
    conflict: 'La solicitud entra en conflicto con el estado actual. Recarga e inténtalo de nuevo.',
    tooManyRequests: 'Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.',
    server: 'El servidor tuvo un problema. Inténtalo más tarde.',
    unavailable: 'El servicio no está disponible temporalmente. Inténtalo más tarde.',
    generic: 'Algo salió mal. Inténtalo de nuevo.',
  },
  info: {
    title: 'Servidor',
    loading: 'Comprobando el estado del sistema…',
    online: 'En línea',
    name: 'Nombre',
    version: 'Versión',
    database: 'Base de datos',
    databaseMode: {
      EMBEDDED: 'base de datos embebida (demo/servidor único)',
      EXTERNAL: 'MongoDB externo',
      unknown: 'desconocida ({{mode}})',
    },
    retry: 'Reintentar',
    errorTitle: 'No se pudo cargar el estado del sistema',
  },
  load: {
    retry: 'Reintentar',
  },
  pager: {
    label: 'Páginas',
    page: 'Página {{page}} de {{pages}}',
    prev: 'Anterior',
    next: 'Siguiente',
  },
};
