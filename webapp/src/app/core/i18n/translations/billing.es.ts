import { TranslationsOf } from '../merge-translations';
import { BILLING_EN } from './billing.en';

/**
 * Spanish texts of billing in a session: cost meter, low balance, receipt (`core/billing`, the
 * room's billing): exactly the keys of {@link BILLING_EN} (checked by the compiler).
 */
export const BILLING_ES: TranslationsOf<typeof BILLING_EN> = {
  billing: {
    perMinute: '/min',
    perUnit: '/{{seconds}} s',
    meter: {
      title: 'Coste de esta sesión',
      minutes: 'Minutos',
      cost: 'Coste hasta ahora',
      balance: 'Tu saldo restante',
      clientBalance: 'Saldo restante del cliente',
      unknown: 'Aún no se conoce',
      rate: 'Tarifa',
      free: 'Minutos gratis',
      next: 'El siguiente minuto empieza en {{time}}',
    },
    low: {
      title: 'Tu saldo se está agotando',
      titleOther: 'El saldo del cliente se está agotando',
      text: 'Te quedan {{balance}}. La sesión terminará en {{time}} por falta de saldo.',
      textOther: 'La sesión terminará en {{time}} por falta de saldo.',
      endsIn: 'Termina en',
    },
    receipt: {
      title: 'Recibo',
      duration: 'Duración',
      minutes: 'Minutos facturados',
      free: 'Minutos gratis',
      paid: 'Minutos pagados',
      rate: 'Tarifa',
      total: 'Total cobrado',
      totalPaid: 'Pagado por el cliente',
      commission: 'Comisión de la plataforma ({{percent}} %)',
      earning: 'Tu ganancia',
      expertEarning: 'Ganancia del experto',
      loading: 'Preparando el recibo…',
      pending: 'El recibo todavía no está listo.',
      errorTitle: 'No se ha podido cargar el recibo',
      retry: 'Reintentar',
    },
  },
};
