import { TranslationsOf } from '../merge-translations';
import { DESK_EN } from './desk.en';

/**
 * Spanish texts of "Pregunta al mostrador": the client's page (`features/desk`) and the expert's
 * queue (`features/expert/desk-queue`): exactly the keys of {@link DESK_EN} (checked by the
 * compiler).
 */
export const DESK_ES: TranslationsOf<typeof DESK_EN> = {
  desk: {
    eyebrow: 'Pregunta al mostrador',
    title: 'Pregunta al mostrador',
    lead: 'Describe tu problema y espera tu turno: el primer experto libre de la categoría lo recoge y la consulta empieza al momento.',
    how: {
      title: 'Cómo funciona',
      describe: 'Elige una categoría y un canal, y describe tu problema.',
      wait: 'Espera en la cola: ves tu puesto y, cuando la hay, una estimación de la espera.',
      start:
        'Un experto recoge tu solicitud y la consulta se abre sola. Pagas su precio por minuto, como en cualquier consulta.',
    },
    categories: {
      loading: 'Cargando las categorías…',
      errorTitle: 'No se han podido cargar las categorías',
      empty: 'Todavía no hay categorías en las que preguntar.',
    },
    form: {
      label: 'Tu solicitud',
      category: 'Categoría',
      categoryPlaceholder: 'Elige una categoría',
      channel: '¿Cómo quieres hablar?',
      description: 'Describe tu problema',
      descriptionHint:
        'Texto sin formato, {{max}} caracteres como máximo. Los expertos de la categoría lo leen antes de recoger una solicitud.',
      descriptionPlaceholder: 'p. ej. Mi portátil no arranca desde la última actualización.',
      counter: '{{count}} / {{max}}',
      submit: 'Ponerme en la cola',
      submitting: 'Entrando…',
      alreadyWaiting:
        'Ya tienes una solicitud esperando en el mostrador, quizá en otra pestaña o ventana. Cancélala allí, o espera a que un experto la recoja, antes de volver a preguntar.',
    },
    restore: {
      loading: 'Buscando tu solicitud…',
      errorTitle: 'No se ha podido leer tu solicitud',
    },
    waiting: {
      title: 'Estás en la cola',
      position: 'Eres el número {{position}} en la cola',
      estimate: 'Espera estimada',
      live: 'Esta página se actualiza sola. Cuando un experto recoja tu solicitud, la consulta se abrirá aquí.',
      summary: 'Tu solicitud',
      category: 'Categoría',
      channel: 'Canal',
      description: 'Problema',
      since:
        'Esperando desde las {{time}}. Si nadie la recoge, la solicitud sale de la cola a las {{expires}}.',
      cancel: 'Cancelar solicitud',
      cancelling: 'Cancelando…',
      confirmTitle: '¿Salir de la cola?',
      confirmText: 'Perderás tu puesto en la cola.',
      confirmAction: 'Salir de la cola',
    },
    wait: {
      none: 'Todavía sin estimación',
      underMinute: 'Menos de un minuto',
      minute: 'Alrededor de 1 min',
      minutes: 'Alrededor de {{count}} min',
    },
    waited: {
      underMinute: 'Esperando desde hace menos de un minuto',
      minute: 'Esperando desde hace 1 min',
      minutes: 'Esperando desde hace {{count}} min',
    },
    expired: {
      title: 'Nadie ha podido atender tu solicitud a tiempo',
      text: 'Ha esperado {{minutes}} minutos sin que ningún experto de la categoría la recogiera, así que ha salido de la cola. No se te ha cobrado nada.',
      again: 'Volver a preguntar',
      findExpert: 'Buscar un experto por mi cuenta',
    },
    pickFailed: {
      title: 'Un experto recogió tu solicitud, pero la consulta no pudo empezar',
      addFunds: 'Añadir saldo',
      again: 'Volver a preguntar',
    },
    cancelled: 'Tu solicitud se ha cancelado: has salido de la cola.',
    picked: 'Un experto ha recogido tu solicitud.',
    openSession: 'Ir a la consulta',
    dismiss: 'Cerrar',
  },
  deskQueue: {
    eyebrow: 'Pregunta al mostrador',
    title: 'Cola del mostrador',
    lead: 'Clientes de tus categorías que esperan a un experto, por orden de llegada. Recoge una solicitud y la consulta empieza al momento.',
    profile: {
      loading: 'Cargando tus categorías…',
      errorTitle: 'No se ha podido cargar tu perfil de experto',
    },
    noProfile: 'Primero crea tu perfil de experto',
    noProfileText:
      'El mostrador te muestra las solicitudes de tus categorías cuando tu perfil está verificado.',
    noCategories: 'Tu perfil no tiene categorías',
    noCategoriesText: 'Añade categorías a tu perfil para ver sus colas.',
    editProfile: 'Editar mi perfil de experto',
    unverified:
      'Tu perfil todavía no está verificado: verás y podrás recoger solicitudes cuando un administrador lo verifique.',
    category: {
      loading: 'Cargando la cola…',
      errorTitle: 'No se ha podido cargar esta cola',
      empty: 'No hay nadie esperando',
      emptyHint: 'Las nuevas solicitudes aparecen aquí en cuanto llegan.',
      forbidden:
        'No eres un experto verificado de esta categoría, así que no puedes ver ni recoger sus solicitudes.',
      count: '{{count}} esperando',
      list: 'Solicitudes en espera en {{category}}',
    },
    position: 'Número {{position}} de la cola',
    pick: 'Recoger',
    pickLabel: 'Recoger la solicitud de {{clientName}}',
    picking: 'Recogiendo…',
    taken:
      'Otro experto ha recogido antes esta solicitud, o el cliente se ha ido. La cola se ha actualizado.',
    funds: 'El cliente no puede pagar esta consulta, así que la solicitud ha terminado.',
    dismiss: 'Cerrar',
  },
};
