// The legend doubles as the type filter: each entry shows the colour and shape the canvas
// uses, and unticking it hides that type.
import { ENTITY_TYPES, type EntityType } from '../../shared/graphql/api-types.js';
import { useT, type MessageKey } from '../../shared/i18n/i18n.js';
import { ENTITY_STYLE } from '../../shared/ui/entity-style.js';

export function Legend({ hiddenTypes, onChange }: { hiddenTypes: EntityType[]; onChange: (types: EntityType[]) => void }) {
  const t = useT();
  const toggle = (type: EntityType, shown: boolean) => onChange(shown ? hiddenTypes.filter((x) => x !== type) : [...hiddenTypes, type]);
  return (
    <fieldset className="legend">
      <legend>{t('legend')}</legend>
      {ENTITY_TYPES.filter((type) => type !== 'Document').map((type) => (
        <label key={type}>
          <input type="checkbox" checked={!hiddenTypes.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
          <span className={`swatch shape-${ENTITY_STYLE[type].shape}`} style={{ background: ENTITY_STYLE[type].color }} aria-hidden="true" />
          {t(`type.${type}` as MessageKey)}
        </label>
      ))}
    </fieldset>
  );
}
