/** One screen per kind of machine: its weakest unit's hardware, network, software and notes. */
import { machineSpecs } from '../../src/domain/site/requirements';
import { listAskedAttributes, type MachineKey } from './answers';
import { NumberField, TickList, YesNoTick, type SiteQuestionProps } from './site-fields';

/** Ask about one kind of machine. */
export function MachineQuestions(props: SiteQuestionProps & { machine: MachineKey }) {
  const spec = machineSpecs.find((candidate) => candidate.key === props.machine)!;
  const base = `machines.${props.machine}`;
  return (
    <>
      <p>按本考点配置最低的一台{spec.name}填写：只要有一台达不到要求，考试就可能出问题。</p>
      {listAskedAttributes(props.machine).map((attribute) => {
        const recommended = spec.recommended[attribute.key];
        const minimum = spec.minimum[attribute.key];
        const hint = recommended === minimum ? `要求 ${minimum}${attribute.unit}以上` : `建议 ${recommended}${attribute.unit}以上，最低 ${minimum}${attribute.unit}以上`;
        return <NumberField key={attribute.key} {...props} path={`${base}.${attribute.key}`} label={attribute.label} unit={attribute.unit} hint={attribute.key === 'graphicsGb' ? `${hint}；没有独立显卡填 0` : hint} />;
      })}
      <YesNoTick {...props} path={`${base}.hasGigabitNetwork`} label={`有${spec.minimum.network}`} />
      <TickList {...props} path={`${base}.software`} legend="已预装的软件" hint="勾选已经装好的。" items={spec.software.map((item) => ({ value: item, label: item }))} />
      {spec.notes.length > 0 && <TickList {...props} path={`${base}.notes`} legend="其他要求" hint="勾选已经做到的。" items={spec.notes.map((item) => ({ value: item, label: item }))} />}
    </>
  );
}
