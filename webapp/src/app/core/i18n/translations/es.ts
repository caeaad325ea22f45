import { Translations } from './en';

/** Spanish UI strings. Must have exactly the keys of EN (checked by the compiler). */
export const ES: Translations = {
  app: {
    name: 'SkillFast',
    skipToContent: 'Saltar al contenido principal',
    brandHome: 'SkillFast, ir a la página de inicio',
  },
  nav: {
    label: 'Navegación principal',
    home: 'Inicio',
    about: 'Acerca de',
  },
  lang: {
    label: 'Idioma',
    es: 'Español',
    en: 'English',
  },
  titles: {
    landing: 'Consultas en directo con expertos',
    about: 'Acerca de',
    notFound: 'Página no encontrada',
  },
  footer: {
    rights: 'SkillFast',
    version: 'Versión {{version}}',
    tagline: 'Asesoramiento experto, en directo y por minutos.',
  },
  landing: {
    eyebrow: 'Mostrador de expertos en directo',
    title: 'Habla con el experto adecuado, en directo, en minutos',
    lead: 'Encuentra un experto, consúltale en directo por chat, audio o vídeo y paga solo por los minutos que uses.',
    ctaHowItWorks: 'Cómo funciona',
    ctaAbout: 'Saber más',
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
  },
  about: {
    title: 'Acerca de SkillFast',
    lead: 'SkillFast es un mostrador de expertos autoalojado: los clientes encuentran expertos y les consultan en directo, pagando por minuto.',
    what: {
      title: '¿Qué es SkillFast?',
      text: 'Una plataforma que tu organización ejecuta en sus propios servidores. Conecta a quien necesita consejo con expertos que pueden darlo ahora mismo, por el canal más adecuado, y factura el tiempo exacto empleado.',
    },
    roles: {
      title: 'Roles',
      client: {
        title: 'Cliente',
        text: 'Busca expertos, inicia consultas en directo y paga solo por los minutos utilizados.',
      },
      expert: {
        title: 'Experto',
        text: 'Publica su perfil, especialidades y tarifa por minuto, y atiende consultas en directo.',
      },
      admin: {
        title: 'Administrador',
        text: 'Gestiona la plataforma: usuarios, expertos, tarifas y el buen funcionamiento del servicio.',
      },
    },
    channels: {
      title: 'Canales',
      chat: {
        title: 'Chat',
        text: 'Mensajes de texto en tiempo real, ideales para dudas rápidas y compartir detalles.',
      },
      audio: {
        title: 'Audio',
        text: 'Una llamada de voz desde el navegador cuando hablar es más rápido que escribir.',
      },
      video: {
        title: 'Vídeo',
        text: 'Cara a cara cuando necesitas mostrar algo o generar confianza.',
      },
    },
    system: {
      title: 'Información del sistema',
    },
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
  notFound: {
    code: '404',
    title: 'Página no encontrada',
    text: 'La página que buscas no existe o se ha movido.',
    home: 'Volver al inicio',
  },
};
