import { TranslationsOf } from '../merge-translations';
import { WALLET_EN } from './wallet.en';

/**
 * Spanish texts of the wallet page (`features/wallet`): exactly the keys of {@link WALLET_EN}
 * (checked by the compiler).
 */
export const WALLET_ES: TranslationsOf<typeof WALLET_EN> = {
  wallet: {
    eyebrow: 'Tu dinero',
    title: 'Monedero',
    lead: 'Tu saldo y todos sus movimientos: créditos recibidos, minutos cobrados, devoluciones y pagos.',
    balance: 'Saldo',
    balanceLoading: 'Cargando tu saldo…',
    balanceError: 'No se ha podido cargar tu saldo',
    otherCurrencies: 'Otras monedas:',
    showCurrency: 'Ver el monedero en {{currency}}',
    transactions: 'Movimientos',
    csv: 'Descargar CSV',
    csvWorking: 'Preparando el archivo…',
    csvUnsupported: 'Este navegador no puede guardar el archivo.',
    dismiss: 'Cerrar',
    filters: 'Filtrar movimientos',
    type: 'Tipo',
    allTypes: 'Todos los tipos',
    types: {
      GRANT: 'Crédito concedido',
      TOPUP: 'Recarga',
      SESSION_CHARGE: 'Cargo de sesión',
      REFUND: 'Devolución',
      PAYOUT: 'Pago al experto',
      ADJUSTMENT: 'Ajuste',
      HOLD: 'Devolución o pago',
      RELEASE: 'Devuelto al saldo',
    },
    from: 'Desde',
    to: 'Hasta',
    datesHint: 'Ambos días incluidos, en UTC.',
    clearFilters: 'Quitar filtros',
    loading: 'Cargando tus movimientos…',
    empty: 'Todavía no hay movimientos.',
    emptyHint: 'Aquí aparecerán los créditos que recibas y los minutos de tus sesiones.',
    emptyFiltered: 'Ningún movimiento coincide con estos filtros.',
    errorTitle: 'No se han podido cargar tus movimientos',
    retry: 'Reintentar',
    caption: 'Movimientos del monedero',
    date: 'Fecha',
    details: 'Detalle',
    amount: 'Importe',
    session: 'Sesión',
    minute: 'minuto {{minute}}',
    summary: '{{from}}–{{to}} de {{total}} movimientos',
  },
};
