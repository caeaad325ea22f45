import { TranslationsOf } from '../merge-translations';
import { EARNINGS_EN } from './earnings.en';

/**
 * Spanish texts of the expert's earnings page (`features/earnings`): exactly the keys of {@link
 * EARNINGS_EN} (checked by the compiler).
 */
export const EARNINGS_ES: TranslationsOf<typeof EARNINGS_EN> = {
  earnings: {
    eyebrow: 'Área de experto',
    title: 'Ganancias',
    lead: 'Lo que te han hecho ganar tus consultas, descontada la comisión de la plataforma.',
    loading: 'Cargando tus ganancias…',
    errorTitle: 'No se han podido cargar tus ganancias',
    available: 'Disponible',
    lifetime: 'Ganado en total',
    sessions: 'Sesiones cobradas',
    empty: 'Todavía no hay sesiones cobradas.',
    emptyHint: 'Las sesiones aparecen aquí cuando se han cobrado sus minutos.',
    caption: 'Sesiones cobradas',
    date: 'Fecha',
    client: 'Cliente',
    channel: 'Canal',
    duration: 'Duración',
    paidMinutes: 'Minutos pagados',
    earned: 'Ganado',
    summary: '{{from}}–{{to}} de {{total}} sesiones',
  },
};
