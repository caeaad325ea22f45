import { TranslationsOf } from '../merge-translations';
import { ABOUT_EN } from './about.en';

/**
 * Spanish texts of the about page (`features/about`): exactly the keys of {@link ABOUT_EN} (checked
 * by the compiler).
 */
export const ABOUT_ES: TranslationsOf<typeof ABOUT_EN> = {
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
};
