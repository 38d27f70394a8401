/** Filling the site wizard through its screens from a typed-form fixture. */
import type { Page } from '@playwright/test';
import { hardwareAttributes } from '../../src/domain/site/readiness-machines';
import { siteTeam } from '../../src/domain/staffing/facts';
import { declaredRequirementIndexes } from '../../src/domain/site/readiness-site';
import { otherRequirements } from '../../src/domain/site/requirements';
import type { SiteForm } from '../../wizards/site/answers';

const next = (page: Page) => page.getByRole('button', { name: /^(下一步|生成自查报告)$/ }).click();

async function tick(page: Page, group: string | RegExp, labels: readonly string[]) {
  const fieldset = page.getByRole('group', { name: group });
  for (const label of labels) await fieldset.getByLabel(label, { exact: true }).check();
}

/** Answer every screen from the eligibility gate to the report. */
export async function fillSiteWizard(page: Page, form: SiteForm) {
  await page.getByLabel('院校名称').fill(form.schoolName);
  await page.getByRole('group', { name: '本校已经是试点院校吗？' }).getByLabel(form.isPilotSchool === 'yes' ? '是' : '否').check();
  await page.getByRole('group', { name: '本校以前申报过考核站点吗？' }).getByLabel(form.hasFiledBefore === 'yes' ? '是' : '否').check();
  await next(page);
  await next(page);
  for (const [index, room] of form.rooms.entries()) {
    await page.getByRole('button', { name: '添加考场' }).click();
    const box = (label: string) => page.getByLabel(`第 ${index + 1} 个考场 ${label}`);
    await box('考场（机房）名称').fill(room.name);
    await box('标准考位数').fill(room.seats);
    await box('服务器（台）').fill(room.servers);
    await box('监考机（台）').fill(room.proctorMachines);
    await box('考生机（台）').fill(room.candidateMachines);
  }
  await next(page);
  for (const key of ['server', 'proctor', 'candidate'] as const) {
    const machine = form.machines[key];
    for (const attribute of hardwareAttributes) {
      if (machine[attribute.key]) await page.getByLabel(`${attribute.label}（${attribute.unit.trim()}）`).fill(machine[attribute.key]);
    }
    if (machine.hasGigabitNetwork) await page.getByLabel('有千兆网卡').check();
    await tick(page, '已预装的软件', machine.software);
    if (machine.notes.length) await tick(page, '其他要求', machine.notes);
    await next(page);
  }
  for (const [device, features] of Object.entries(form.equipment)) {
    const legend = { switch: '网络交换机', jammer: '无线屏蔽设备', identity: '身份认证设备', surveillance: '监控设备' }[device]!;
    await tick(page, legend, features);
  }
  await page.getByLabel('监控路数（路）').fill(form.surveillance.channels);
  await page.getByLabel('摄像头像素（百万像素）').fill(form.surveillance.megapixels);
  await next(page);
  await tick(page, '考场条件', form.venue.conditions);
  await page.getByLabel('考位之间的距离（米）').fill(form.venue.seatSpacingMetres);
  if (form.venue.hasOtherIsolation) await page.getByLabel('考位之间有隔板或其他隔离方式').check();
  await page.getByLabel('所有计算机运行时能持续供电的时间（小时）').fill(form.venue.powerHours);
  if (form.venue.hasDualPower) await page.getByLabel('采用双路供电').check();
  await next(page);
  for (const role of siteTeam) {
    const group = page.getByRole('group', { name: new RegExp(`^${role.name}`) });
    await group.getByLabel(`${role.name}人数`).fill(form.team[role.name]!.count);
    await group.getByLabel('其中已经鸿科经纬培训并通过考试的人数').fill(form.team[role.name]!.trained);
  }
  await next(page);
  await tick(page, '办公设备', form.facilities.filter((item) => ['办公桌椅', '保险柜', '计算机', '打印机', '文件档案柜'].includes(item)));
  await tick(page, '组织和服务场所', form.facilities.filter((item) => item.endsWith('室')));
  await tick(page, '广播与办公设备', form.facilities.filter((item) => ['广播系统', '铃声信号系统', '多媒体播放', '复印', '打印'].includes(item)));
  await tick(page, '其他要求', declaredRequirementIndexes.filter((index) => form.otherRequirements.includes(index)).map((index) => otherRequirements[index]!));
  await next(page);
}
