// An error summary over one field of every kind, spaced out so scrolling can be measured.
import { render } from 'preact';
import { ErrorSummary } from '../../../wizards/kit/ErrorSummary';
import { Checkbox, RadioGroup, SelectField, TextArea, TextField } from '../../../wizards/kit/Fields';
import { FileDrop } from '../../../wizards/kit/FileDrop';

const errors = [
  { field: 'input', message: '请输入学校名称' },
  { field: 'textarea', message: '请粘贴学生名单' },
  { field: 'select', message: '请选择对应的列' },
  { field: 'file', message: '请选择文件' },
  { field: 'checkbox', message: '请勾选确认' },
  { field: 'radio', message: '请选择名单来源' },
  { field: 'input-small-fieldset', message: '请输入考核站点编码' },
  { field: 'input-large-fieldset', message: '请输入专业代码' },
];
const disableAutoFocus = new URLSearchParams(location.search).has('disableAutoFocus');
const noop = () => undefined;
const spacer = <div style={{ height: '120vh' }} />;

function Fixture() {
  return (
    <div data-fixture-ready>
      <ErrorSummary errors={errors} disableAutoFocus={disableAutoFocus} />
      {spacer}
      <TextField id="input" label="学校名称" value="" onInput={noop} error={errors[0]!.message} />
      {spacer}
      <TextArea id="textarea" label="学生名单" value="" onInput={noop} />
      {spacer}
      <SelectField id="select" label="对应的列" value="a" options={[{ value: 'a', label: '不导入' }]} onChange={noop} />
      {spacer}
      <FileDrop id="file" label="学生名单文件" onFiles={noop} />
      {spacer}
      <fieldset id="test-checkboxes">
        <legend>确认</legend>
        <Checkbox id="checkbox" label="我已核对" checked={false} onChange={noop} />
      </fieldset>
      {spacer}
      <div id="test-radios">
        <RadioGroup id="radio" label="名单来源" value={null} options={[{ value: 'file', label: '上传文件' }, { value: 'paste', label: '粘贴' }]} onChange={noop} />
      </div>
      {spacer}
      <fieldset id="test-fieldset-small">
        <legend>考核站点</legend>
        <TextField id="input-small-fieldset" label="考核站点编码" value="" onInput={noop} />
      </fieldset>
      {spacer}
      <fieldset id="test-fieldset-large">
        <legend>专业</legend>
        <div style={{ height: '100vh' }} />
        <TextField id="input-large-fieldset" label="专业代码" value="" onInput={noop} />
      </fieldset>
      {spacer}
    </div>
  );
}

render(<Fixture />, document.getElementById('root')!);
