// The "choose a project/theme" box at the top of the subject views, showing the current
// choice by name when the view was opened from a link.
import type { EntityRef, EntityType } from '../graphql/api-types.js';
import { useEntity } from '../graphql/use-entity.js';
import { EntityCombobox } from '../search/entity-combobox.js';

export interface SubjectPickerProps {
  label: string;
  id: string | null;
  types: EntityType[];
  onChoose: (hit: EntityRef) => void;
}

export function SubjectPicker({ label, id, types, onChoose }: SubjectPickerProps) {
  const entity = useEntity(id);
  return (
    <div className="picker">
      <span className="picker-label" aria-hidden="true">{label}</span>
      <EntityCombobox label={label} types={types} onChoose={onChoose} initialText={entity.status === 'ready' ? entity.data.name : ''} />
    </div>
  );
}
