import { TranslationsOf } from '../merge-translations';
import { SHELL_EN } from './shell.en';

/**
 * Spanish texts of the app shell: brand, header navigation, language switch, route titles, footer,
 * reconnect banner, the 403 and 404 pages: exactly the keys of {@link SHELL_EN} (checked by the
 * compiler).
 */
export const SHELL_ES: TranslationsOf<typeof SHELL_EN> = {
  app: {
    name: 'SkillFast',
    skipToContent: 'Saltar al contenido principal',
    brandHome: 'SkillFast, ir a la página de inicio',
  },
  nav: {
    label: 'Navegación principal',
    about: 'Acerca de',
    login: 'Iniciar sesión',
    register: 'Crear cuenta',
    admin: 'Administración',
    profile: 'Perfil',
    logout: 'Cerrar sesión',
    account: 'Cuenta',
    signedInAs: 'Sesión iniciada como {{name}}',
    experts: 'Buscar expertos',
    expertProfile: 'Mi perfil de experto',
    adminLabel: 'Administración',
    adminUsers: 'Usuarios',
    adminCategories: 'Categorías',
    adminExperts: 'Expertos',
    sessions: 'Sesiones',
    wallet: 'Monedero',
    earnings: 'Ganancias',
    payouts: 'Cobros',
    adminTopups: 'Recargas',
    adminPayouts: 'Pagos a expertos',
  },
  lang: {
    label: 'Idioma',
    es: 'Español',
    en: 'English',
  },
  header: {
    /** The phone menu's button. */
    menu: 'Menú',
  },
  titles: {
    landing: 'Consultas en directo con expertos',
    about: 'Acerca de',
    notFound: 'Página no encontrada',
    login: 'Iniciar sesión',
    register: 'Crear cuenta',
    forgotPassword: '¿Has olvidado tu contraseña?',
    resetPassword: 'Elige una contraseña nueva',
    ssoCallback: 'Iniciando sesión',
    profile: 'Tu perfil',
    password: 'Cambiar contraseña',
    adminUsers: 'Usuarios',
    forbidden: 'Acceso denegado',
    experts: 'Buscar un experto',
    expert: 'Experto',
    expertProfile: 'Mi perfil de experto',
    adminCategories: 'Categorías',
    adminExperts: 'Verificación de expertos',
    sessions: 'Mis sesiones',
    session: 'Consulta',
    wallet: 'Monedero',
    earnings: 'Ganancias',
    addFunds: 'Añadir saldo',
    topups: 'Recargas',
    topupReturn: 'Pago',
    demoPay: 'Pago de demostración',
    payouts: 'Cobros',
    adminTopups: 'Recargas',
    adminTopup: 'Recarga',
    adminPayouts: 'Pagos a expertos',
  },
  footer: {
    rights: 'SkillFast',
    version: 'Versión {{version}}',
    tagline: 'Asesoramiento experto, en directo y por minutos.',
  },
  realtime: {
    reconnecting: 'Se ha perdido la conexión. Reconectando…',
  },
  forbidden: {
    code: '403',
    title: 'Acceso denegado',
    text: 'No tienes permiso para ver esta página.',
    home: 'Volver al inicio',
  },
  notFound: {
    code: '404',
    title: 'Página no encontrada',
    text: 'La página que buscas no existe o se ha movido.',
    home: 'Volver al inicio',
  },
};
