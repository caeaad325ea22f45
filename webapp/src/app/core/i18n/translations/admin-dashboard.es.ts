import { TranslationsOf } from '../merge-translations';
import { ADMIN_DASHBOARD_EN } from './admin-dashboard.en';

/** Spanish texts of `/admin/dashboard`: exactly the keys of {@link ADMIN_DASHBOARD_EN}. */
export const ADMIN_DASHBOARD_ES: TranslationsOf<typeof ADMIN_DASHBOARD_EN> = {
  adminDashboard: {
    eyebrow: 'Administración',
    title: 'Panel de la plataforma',
    lead: 'Sesiones, minutos, dinero, solicitudes y usuarios nuevos en un periodo.',
    loading: 'Cargando las cifras…',
    errorTitle: 'No se ha podido cargar el panel',
    empty: 'No ha pasado nada en este periodo',
    emptyHint: 'Ni sesiones, ni solicitudes, ni usuarios nuevos. Elige otro periodo.',
    kpi: {
      sessions: 'Sesiones',
      minutes: 'Minutos',
      turnover: 'Facturación',
      commission: 'Comisión',
      acceptedRate: 'Solicitudes aceptadas',
      timeToAccept: 'Tiempo medio de aceptación',
      newClients: 'Clientes nuevos',
      newExperts: 'Expertos nuevos',
    },
    day: 'Día',
    total: 'Total',
    clients: 'Clientes',
    experts: 'Expertos',
    category: 'Categoría',
    expert: 'Experto',
    sessions: 'Sesiones',
    minutes: 'Minutos',
    turnover: 'Facturación',
    commission: 'Comisión',
    earnings: 'Ganancias',
    reviews: 'Reseñas',
    average: 'Valoración media',
    noCategory: 'Sin categoría',
    noCategories: 'No hay sesiones en ninguna categoría.',
    noExperts: 'Ningún experto ha tenido sesiones.',
    noReviews: 'No hay reseñas en este periodo.',
    minutesTitle: 'Minutos por día y canal',
    minutesLabel:
      'Gráfico de barras apiladas de los minutos por día y canal (chat, audio, vídeo) durante {{count}} días. Las cifras están en la tabla de debajo.',
    usersTitle: 'Usuarios nuevos por día',
    usersLabel:
      'Gráfico de barras de los clientes y expertos nuevos por día durante {{count}} días. Las cifras están en la tabla de debajo.',
    categoriesTitle: 'Sesiones y facturación por categoría',
    categoriesLabel:
      'Gráfico de barras de la facturación y las sesiones de {{count}} categorías. Las cifras están en la tabla de debajo.',
    topMinutesTitle: 'Expertos con más minutos',
    topMinutesLabel:
      'Gráfico de barras horizontales de los minutos de los {{count}} expertos con más. Las cifras están en la tabla de debajo.',
    topRatingTitle: 'Expertos mejor valorados',
    rebuild: {
      button: 'Recontar desde el historial',
      running: 'Recontando…',
      title: '¿Recontar las cifras desde el historial?',
      text: 'Las sesiones y reseñas pasadas se vuelven a contar en las cifras del panel. Repetirlo da las mismas cifras.',
      action: 'Recontar',
      done: 'Se han recontado {{sessions}} sesiones y {{reviews}} reseñas.',
      dismiss: 'Cerrar',
    },
  },
};
