import { TranslationsOf } from '../merge-translations';
import { EXPERT_PROFILE_EN } from './expert-profile.en';

/**
 * Spanish texts of the expert's own profile editor (`features/expert`): exactly the keys of {@link
 * EXPERT_PROFILE_EN} (checked by the compiler).
 */
export const EXPERT_PROFILE_ES: TranslationsOf<typeof EXPERT_PROFILE_EN> = {
  expertProfile: {
    eyebrow: 'Área de experto',
    title: 'Mi perfil de experto',
    lead: 'Lo que ven los clientes cuando buscan ayuda: tu especialidad, idiomas y precios.',
    loading: 'Cargando tu perfil de experto…',
    errorTitle: 'No se pudo cargar tu perfil de experto',
    status: {
      NONE: 'Todavía no tienes un perfil público. Complétalo y guárdalo para enviarlo a revisión.',
      PENDING:
        'Tu perfil está pendiente de revisión. Los clientes lo verán cuando un administrador lo verifique.',
      VERIFIED: 'Tu perfil está verificado y es público.',
      REJECTED:
        'Tu perfil no se ha aprobado. Actualízalo y guárdalo para enviarlo de nuevo a revisión.',
      reason: 'Motivo: {{reason}}',
      view: 'Ver mi página pública',
    },
    sections: {
      about: 'Sobre ti',
      expertise: 'Especialidad',
      prices: 'Canales y precios',
      availability: 'Disponibilidad',
      photo: 'Foto',
    },
    headline: 'Titular',
    headlineHint: 'Una línea sobre lo que haces, p. ej. «Asesora fiscal para autónomos».',
    bio: 'Presentación',
    bioHint: 'Texto sin formato, hasta {{max}} caracteres. Se respetan los saltos de línea.',
    skills: 'Habilidades',
    skillsHint: 'Escribe una habilidad y pulsa Intro. Hasta {{max}}.',
    skillPlaceholder: 'Añade una habilidad',
    skillsMax: 'Usa como máximo {{max}} habilidades.',
    categories: 'Categorías',
    categoriesHint: '{{count}} de {{max}} seleccionadas.',
    categoriesRange: 'Elige entre {{min}} y {{max}} categorías.',
    noCategories: 'Todavía no hay categorías. Un administrador tiene que crearlas primero.',
    languages: 'Idiomas en los que atiendes',
    languagesHint: '{{count}} de {{max}} seleccionados.',
    languagesRange: 'Elige entre {{min}} y {{max}} idiomas.',
    currency: 'Moneda',
    channels: 'Canales que ofreces',
    offer: 'Ofrecer {{channel}}',
    rate: 'Precio por minuto ({{currency}})',
    ratePlaceholder: 'p. ej. 1,50',
    rateInvalid: 'Escribe un importe como 1,50.',
    rateInvalidWhole: 'Esta moneda no tiene decimales: escribe un importe entero.',
    rateRange: 'Escribe un importe entre {{min}} y {{max}}.',
    ratePreview: '{{price}} por minuto',
    channelsRequired: 'Ofrece al menos un canal.',
    freeMinutes: 'Minutos gratis',
    freeMinutesHint: 'Minutos gratis al empezar una primera consulta (de 0 a {{max}}).',
    freeMinutesRange: 'Escribe un número entero de 0 a {{max}}.',
    timeZone: 'Zona horaria',
    available: 'Disponible para consultas',
    availableHint: 'Si lo desactivas, los clientes no podrán empezar consultas contigo.',
    save: 'Guardar perfil',
    saving: 'Guardando…',
    saved: 'Tu perfil de experto se ha guardado.',
    avatar: {
      choose: 'Subir una foto',
      change: 'Cambiar foto',
      hint: 'PNG, JPEG o WebP, hasta 1 MB.',
      saveFirst: 'Guarda primero tu perfil para añadir una foto.',
      remove: 'Quitar foto',
      working: 'Guardando tu foto…',
      uploaded: 'Tu foto se ha actualizado.',
      removed: 'Tu foto se ha quitado.',
      wrongType: 'Elige una imagen PNG, JPEG o WebP.',
      tooLarge: 'La imagen ocupa más de 1 MB. Elige una más pequeña.',
    },
  },
};
