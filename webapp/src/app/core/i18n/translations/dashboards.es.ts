import { TranslationsOf } from '../merge-translations';
import { DASHBOARDS_EN } from './dashboards.en';

/** Spanish texts of the dashboards: exactly the keys of {@link DASHBOARDS_EN}. */
export const DASHBOARDS_ES: TranslationsOf<typeof DASHBOARDS_EN> = {
  dashboards: {
    range: 'Del {{from}} al {{to}}, importes en {{currency}}',
    figures: 'Cifras en una tabla',
    period: {
      label: 'Periodo',
      preset: 'Periodo',
      from: 'Desde',
      to: 'Hasta',
      apply: 'Aplicar',
      hint: 'Días en UTC, ambos incluidos.',
      invalid: 'Elige una fecha de inicio igual o anterior a la de fin.',
      presets: {
        days7: 'Últimos 7 días',
        days30: 'Últimos 30 días',
        days90: 'Últimos 90 días',
        months3: 'Últimos 3 meses',
        months6: 'Últimos 6 meses',
        months12: 'Últimos 12 meses',
        months24: 'Últimos 24 meses',
        weeks4: 'Últimas 4 semanas',
        weeks12: 'Últimas 12 semanas',
        weeks26: 'Últimas 26 semanas',
        weeks52: 'Últimas 52 semanas',
        custom: 'Fechas a medida',
      },
    },
    expert: {
      eyebrow: 'Experto',
      title: 'Tu panel',
      lead: 'Tus sesiones, ganancias y valoraciones semana a semana.',
      loading: 'Cargando tus cifras…',
      errorTitle: 'No se ha podido cargar tu panel',
      empty: 'Sin sesiones ni reseñas en este periodo',
      emptyHint: 'Elige un periodo más largo o vuelve después de tus próximas consultas.',
      sessions: 'Sesiones',
      minutes: 'Minutos',
      earnings: 'Ganancias',
      rating: 'Valoración media',
      reviews: 'Reseñas',
      week: 'Semana del',
      weekAverage: 'Media de la semana',
      cumulative: 'Media acumulada',
      earningsTitle: 'Ganancias y minutos por semana',
      earningsLabel:
        'Gráfico de barras de tus ganancias por semana durante {{count}} semanas, con tus minutos como línea. Las cifras están en la tabla de debajo.',
      ratingTitle: 'Valoración a lo largo del tiempo',
      ratingLabel:
        'Gráfico de líneas de tu valoración media por semana y de tu media acumulada durante {{count}} semanas. Las cifras están en la tabla de debajo.',
    },
    client: {
      eyebrow: 'Cliente',
      title: 'Tu gasto',
      lead: 'Lo que has gastado en consultas, mes a mes y experto a experto.',
      loading: 'Cargando tus cifras…',
      errorTitle: 'No se ha podido cargar tu panel',
      empty: 'Sin sesiones en este periodo',
      emptyHint: 'Elige un periodo más largo o busca un experto con quien hablar.',
      sessions: 'Sesiones',
      minutes: 'Minutos',
      spent: 'Gastado',
      month: 'Mes',
      expert: 'Experto',
      monthsTitle: 'Gasto por mes',
      monthsLabel:
        'Gráfico de barras de tu gasto por mes durante {{count}} meses. Las cifras están en la tabla de debajo.',
      expertsTitle: 'Gasto por experto',
      expertsLabel:
        'Gráfico de barras de tu gasto con cada uno de {{count}} expertos. Las cifras están en la tabla de debajo.',
    },
  },
};
