/**
 * The 演示数据 controls: in demo mode a banner at the top of the wizard that says
 * the data is the fictional sample school and offers to reload, clear or leave
 * it; in the user's own work a short section that loads it for practice.
 */

/** The banner shown above a wizard while it shows the sample school. */
export function DemoBanner(props: { onReload: () => void; onClear: () => void; onLeave: () => void }) {
  return (
    <section class="wizard-demo" aria-labelledby="wizard-demo-title">
      <h2 id="wizard-demo-title" class="wizard-demo-title">
        <span class="wizard-demo-badge">演示数据</span> 您正在使用虚构的示例学校练习
      </h2>
      <p class="wizard-demo-text">
        这里的学校、学生和老师都是虚构的，证件号码和手机号码都不属于任何真实的人。演示数据与您自己保存的工作分开保存：在这里做的任何操作都不会影响您自己的工作。
      </p>
      <div class="wizard-demo-actions">
        <button type="button" class="wizard-button wizard-button--secondary" onClick={props.onReload}>
          重新载入演示数据
        </button>
        <button type="button" class="wizard-button wizard-button--secondary" onClick={props.onLeave}>
          退出演示
        </button>
        <button type="button" class="wizard-button wizard-button--warning" onClick={props.onClear}>
          清除演示数据
        </button>
      </div>
    </section>
  );
}

/** The offer, under the user's own work, to practise on the sample school. */
export function DemoOffer(props: { onLoad: () => void }) {
  return (
    <section class="wizard-demo-offer" aria-labelledby="wizard-demo-offer-title">
      <h2 id="wizard-demo-offer-title" class="wizard-workfile-title">
        演示数据
      </h2>
      <p class="wizard-hint">
        想先练习一下？载入一所虚构的示例学校（学生、考场、老师都已准备好）。演示数据与您自己的工作分开保存，清除演示数据也不会影响您的工作。
      </p>
      <button type="button" class="wizard-button wizard-button--secondary" onClick={props.onLoad}>
        载入演示数据
      </button>
    </section>
  );
}
