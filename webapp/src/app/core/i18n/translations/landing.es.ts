import { TranslationsOf } from '../merge-translations';
import { LANDING_EN } from './landing.en';

/**
 * Spanish texts of the landing page (`features/landing`): exactly the keys of {@link LANDING_EN}
 * (checked by the compiler).
 */
export const LANDING_ES: TranslationsOf<typeof LANDING_EN> = {
  landing: {
    eyebrow: 'Mostrador de expertos en directo',
    title: 'Habla con el experto adecuado, en directo, en minutos',
    lead: 'Encuentra un experto, consúltale en directo por chat, audio o vídeo y paga solo por los minutos que uses.',
    ctaHowItWorks: 'Cómo funciona',
    ctaAbout: 'Saber más',
    desk: {
      text: '¿No sabes a quién preguntar? Describe tu problema y el primer experto libre lo recoge.',
      cta: 'Pregunta al mostrador',
    },
    highlights: {
      label: 'Por qué SkillFast',
      live: 'Respuestas en directo, sin esperar correos',
      channels: 'Chat, audio o vídeo: tú eliges',
      fair: 'Pago por minuto, sin suscripciones',
    },
    preview: {
      label: 'Ejemplo de una consulta en directo',
      expertName: 'Laura M.',
      expertSkill: 'Asesora fiscal',
      live: 'En directo',
      rate: '1,20 € / min',
      elapsed: 'Tiempo',
      cost: 'Coste hasta ahora',
      costValue: '9,00 €',
    },
    how: {
      title: 'Cómo funciona',
      lead: 'De la pregunta a la respuesta en cinco sencillos pasos.',
      steps: {
        search: {
          title: 'Busca',
          text: 'Explora expertos por especialidad, idioma, valoración y precio por minuto.',
        },
        channel: {
          title: 'Elige el canal',
          text: 'Chat, audio o vídeo: lo que mejor encaje con tu consulta.',
        },
        connect: {
          title: 'Conecta en directo',
          text: 'Empieza la consulta en el navegador, sin instalar nada.',
        },
        pay: {
          title: 'Paga por minuto',
          text: 'El contador solo corre mientras estás conectado. Termina cuando quieras.',
        },
        review: {
          title: 'Valora',
          text: 'Puntúa al experto y ayuda a otros a encontrar el mejor consejo.',
        },
      },
    },
    status: {
      title: 'Estado del sistema',
      lead: 'Información en directo del servidor de SkillFast.',
    },
    search: {
      label: '¿Con qué necesitas ayuda?',
      placeholder: 'p. ej. declaración de la renta, React, derecho laboral',
      submit: 'Buscar expertos',
    },
    categories: {
      title: 'Explora por categoría',
      lead: 'Expertos agrupados por especialidad. Elige una para ver quién puede ayudarte.',
      all: 'Ver todos los expertos',
      experts: '{{count}} expertos',
      expertsOne: '1 experto',
      loading: 'Cargando categorías…',
      empty: 'Todavía no hay categorías.',
      errorTitle: 'No se pudieron cargar las categorías',
      retry: 'Reintentar',
    },
    featured: {
      title: 'Expertos conectados ahora',
      lead: 'Los expertos mejor valorados disponibles para una consulta en directo ahora mismo.',
      loading: 'Cargando los expertos conectados…',
      empty: 'Ahora mismo no hay expertos conectados.',
      emptyHint: 'Explora todos los expertos y descubre quién puede ayudarte más tarde.',
      browse: 'Ver todos los expertos',
      errorTitle: 'No se pudieron cargar los expertos conectados',
      retry: 'Reintentar',
    },
  },
};
