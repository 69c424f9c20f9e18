/** A small care-coordinator framework as a PCN might import it (CSV): two areas, three competencies. */
export const CARE_COORDINATION_CSV = [
  'area_id,area_title,competency_id,competency_title,description,source',
  'planning,Personalised care planning,planning.conversations,Care and support planning conversations,,',
  'planning,,planning.review,Reviewing plans,,',
  'coordination,Coordinating care,coordination.mdt,Working with the multidisciplinary team,,',
].join('\n');
