// How a person took part, written next to the name in an attendance list: "(via Teams)",
// "deltog digitalt", "(från kl 10)", "(ej punkt 3)", "(till lunch)". Such a note says nothing
// about who the person is, so it must not become their unit, role or affiliation, and
// "(ej punkt 3)" is no presenter marker.
import { foldKey } from './fold';

const MODE = /^(?:(?:deltog|deltar|narvarande|med)\s+)?(?:via|pa|over)\s+(?:teams|zoom|lank|distans|skype|video|telefon)\b|^(?:deltog|deltar|narvarande|med)?\s*(?:digitalt|digital|pa distans|pa plats|pa lank|pa teams|pa zoom|pa telefon)\b|^(?:online|remote|remotely|on site|in person)$|^(?:fran|fr\.?o\.?m\.?|till|efter|fore|t\.?o\.?m\.?|from|until|after|before)\s+(?:kl\.?\s*)?(?:\d{1,2}(?:[.:]\d{2})?|lunch(?:en)?|fika|pausen|punkt\s*\d+|§\s*\d+)\b|^(?:ej|inte|utom|ej narvarande|ej med|not)\s+(?:vid\s+|under\s+)?(?:punkt(?:erna)?|p\.|§|item)\s*\d|^(?:del av|delar av|delvis|halva|part of the)\b|^(?:fm|em|formiddag(?:en)?|eftermiddag(?:en)?|morning|afternoon)(?:\s+only)?$|^endast\s+(?:fm|em|formiddag(?:en)?|eftermiddag(?:en)?)$/;

/** True when `text` (a parenthesised note or a comma part) only says how or when the person took part. */
export function isAttendanceNote(text: string): boolean {
  const key = foldKey(text).replace(/[.,;]+$/, '').trim();
  return key.length > 1 && key.length <= 40 && MODE.test(key);
}

// "(förhinder)", "– ej närvarande", "(anmält förhinder)", "(apologies)": the person listed did not come.
const ABSENCE = /^(?:har |hade |anmalt |anmalde |meddelat )?(?:forhinder|franvaro|franvarande|avbud|sjuk|sjukanmald)$|^(?:ej|inte|icke) (?:narvarande|med|deltagande)$|^(?:apologies|absent|not present|sent apologies|regrets)$/;

/** True when `text` (a parenthesised note or a part after the name) says the person was absent. */
export function isAbsenceNote(text: string): boolean {
  const key = foldKey(text).replace(/[.,;!]+$/, '').trim();
  return key.length > 3 && key.length <= 30 && ABSENCE.test(key);
}
