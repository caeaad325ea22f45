import { TranslationsOf } from '../merge-translations';
import { REVIEWS_EN } from './reviews.en';

/**
 * Spanish texts of reviews: in the room, on the expert page, stars
 * (`features/sessions/room/review`, `features/experts/expert-page`, `shared/reviews`): exactly the
 * keys of {@link REVIEWS_EN} (checked by the compiler).
 */
export const REVIEWS_ES: TranslationsOf<typeof REVIEWS_EN> = {
  reviews: {
    stars: '{{value}} de 5 estrellas',
    starOne: '1 estrella',
    starMany: '{{count}} estrellas',
    loading: 'Cargando la opinión…',
    errorTitle: 'No se pudo cargar la opinión',
    retry: 'Reintentar',
    edited: 'editada',
    noComment: 'Sin comentario.',
    replyBy: 'Respuesta de {{name}}',
    form: {
      title: 'Valora tu consulta',
      editTitle: 'Edita tu opinión',
      lead: '¿Qué tal tu sesión con {{name}}? Tu opinión aparecerá en su página pública.',
      rating: 'Tu valoración',
      ratingRequired: 'Elige de 1 a 5 estrellas.',
      comment: 'Comentario (opcional)',
      commentHint: 'Texto sin formato, hasta {{max}} caracteres.',
      counter: '{{count}}/{{max}}',
      submit: 'Publicar opinión',
      save: 'Guardar cambios',
      sending: 'Enviando…',
      cancel: 'Cancelar',
    },
    mine: {
      title: 'Tu opinión',
      edit: 'Editar opinión',
      editableUntil: 'Puedes editarla hasta el {{date}}.',
      created: '¡Gracias! Tu opinión se ha publicado.',
      updated: 'Tu opinión se ha actualizado.',
    },
    received: {
      title: 'La opinión del cliente',
    },
    reply: {
      label: 'Tu respuesta pública',
      hint: 'Puedes responder una sola vez, hasta {{max}} caracteres. Aparecerá bajo la opinión en tu página.',
      length: 'Escribe entre 1 y {{max}} caracteres.',
      submit: 'Publicar respuesta',
      sending: 'Publicando…',
      sent: 'Tu respuesta se ha publicado.',
    },
    list: {
      average: 'Valoración media',
      averageValue: '{{average}} sobre 5',
      count: '{{count}} opiniones',
      countOne: '1 opinión',
      distribution: 'Distribución de valoraciones',
      distRow: 'Opiniones de {{stars}} ★: {{count}}',
      sort: 'Ordenar por',
      sorts: {
        recent: 'Más recientes',
        rating: 'Mejor valoradas',
      },
      loading: 'Cargando opiniones…',
      empty: 'Todavía no hay opiniones',
      emptyHint: 'Los clientes pueden valorar sus consultas cuando terminan.',
      errorTitle: 'No se pudieron cargar las opiniones',
      summary: '{{from}}–{{to}} de {{total}} opiniones',
      pagination: 'Páginas de opiniones',
      hidden: 'Oculta',
      hiddenReason: 'Oculta al público: {{reason}}',
    },
    moderation: {
      hide: 'Ocultar',
      restore: 'Restaurar',
      hideLabel: 'Ocultar la opinión de {{name}}',
      restoreLabel: 'Restaurar la opinión de {{name}}',
      confirmHide: {
        title: '¿Ocultar esta opinión?',
        text: 'La opinión de {{name}} dejará de aparecer en la página pública del experto.',
        action: 'Ocultar opinión',
      },
      confirmRestore: {
        title: '¿Restaurar esta opinión?',
        text: 'La opinión de {{name}} volverá a ser pública.',
        action: 'Restaurar opinión',
      },
      reason: 'Motivo',
      reasonHint: 'Obligatorio, hasta {{max}} caracteres. Queda en el registro de moderación.',
      reasonRequired: 'Escribe el motivo.',
      reasonLength: 'Usa como máximo {{max}} caracteres.',
      hiddenDone: 'La opinión de {{name}} se ha ocultado.',
      restoredDone: 'La opinión de {{name}} se ha restaurado.',
      dismiss: 'Cerrar',
    },
  },
};
