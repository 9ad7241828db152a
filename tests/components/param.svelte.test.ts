/**
 * <Param> in a real Chromium: the control it draws comes from the parameter table (a log slider,
 * a select with option labels, a checkbox, a seed field, a select of whole numbers), with the
 * table's label and range, and changing the control changes the URL state's value.
 */
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { flushSync, type ComponentProps } from 'svelte';
import Param from '../../src/components/controls/Param.svelte';
import { defaults, defineParams, seedParam, type ParamTable } from '../../src/lib/url-state';
import type { UrlState } from '../../src/lib/url-state.svelte';

const table = defineParams({
  lr: { kind: 'float', default: 0.01, min: 1e-5, max: 10, log: true, label: 'learning rate', hint: 'per step' },
  iters: { kind: 'int', default: 600, min: 10, max: 5000, step: 10, label: 'iterations' },
  act: {
    kind: 'enum',
    default: 'relu',
    options: ['relu', 'tanh', 'sigmoid'],
    optionLabels: { relu: 'ReLU', sigmoid: 'logistic sigmoid' },
    label: 'activation',
  },
  bn: { kind: 'bool', default: false, label: 'batch norm' },
  k: { kind: 'int', default: 4, min: 2, max: 5, control: 'select', label: 'classes' },
  seed: seedParam(),
});

/** A URL state as useUrlState gives it, without the address bar (the URL is read elsewhere). */
function state<T extends ParamTable>(t: T): UrlState<T> {
  const s = $state({
    table: t,
    lang: 'en' as const,
    values: defaults(t),
    notices: [] as string[],
    ready: true,
    reset() {
      s.values = defaults(t);
    },
  });
  return s;
}

/** Renders <Param of={…} name=… /> for one entry of the table, with any other props. */
function draw<K extends keyof typeof table & string>(props: ComponentProps<typeof Param<typeof table, K>>) {
  return render(Param<typeof table, K>, { props });
}

/** Sets a range input the way a drag does (value, then an input event). */
function slide(range: HTMLInputElement, value: number) {
  range.value = String(value);
  range.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}

describe('Param', () => {
  test("a float with log: true is a log slider with the table's label, range and hint", async () => {
    const params = state(table);
    const screen = await draw({ of: params, name: 'lr' });
    const range = screen.getByLabelText('learning rate', { exact: true }).element() as HTMLInputElement;
    expect(range.type).toBe('range');
    expect(range.min).toBe('-5');
    expect(range.max).toBe('1');
    expect(Number(range.value)).toBeCloseTo(-2, 10);
    expect(range.getAttribute('aria-valuetext')).toBe('0.01');
    await expect.element(screen.getByText('per step')).toBeVisible();

    slide(range, -1);
    expect(params.values.lr).toBe(0.1);
    const typed = screen.getByLabelText('learning rate (type a value)');
    await userEvent.clear(typed);
    await userEvent.type(typed, '0.5{Enter}');
    expect(params.values.lr).toBe(0.5);
    await userEvent.clear(typed);
    await userEvent.type(typed, '99{Enter}');
    expect(params.values.lr).toBe(10); // the table's maximum
  });

  test("an int slider takes the table's step, and min/max only narrow the range", async () => {
    const params = state(table);
    const screen = await draw({ of: params, name: 'iters', min: 1, max: 1000 });
    const range = screen.getByLabelText('iterations', { exact: true }).element() as HTMLInputElement;
    expect([range.min, range.max, range.step]).toEqual(['10', '1000', '10']);
    slide(range, 250);
    expect(params.values.iters).toBe(250);
  });

  test('an enum is a select with the option labels, in the order of the options', async () => {
    const params = state(table);
    const screen = await draw({ of: params, name: 'act' });
    const select = screen.getByLabelText('activation').element() as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['relu', 'ReLU'],
      ['tanh', 'tanh'],
      ['sigmoid', 'logistic sigmoid'],
    ]);
    expect(select.value).toBe('relu');
    await userEvent.selectOptions(select, 'sigmoid');
    expect(params.values.act).toBe('sigmoid');
  });

  test('a bool is a checkbox with its label', async () => {
    const params = state(table);
    const screen = await draw({ of: params, name: 'bn' });
    const box = screen.getByLabelText('batch norm').element() as HTMLInputElement;
    expect(box.type).toBe('checkbox');
    expect(box.checked).toBe(false);
    await userEvent.click(box);
    expect(params.values.bn).toBe(true);
    params.values.bn = false;
    flushSync();
    expect(box.checked).toBe(false);
  });

  test('seedParam is a seed field that keeps the seed a whole number within 0 … 999,999', async () => {
    const params = state(table);
    const screen = await draw({ of: params, name: 'seed' });
    const field = screen.getByLabelText('seed').element() as HTMLInputElement;
    expect([field.type, field.min, field.max, field.value]).toEqual(['number', '0', '999999', '1']);
    await userEvent.fill(field, '1234567');
    field.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(params.values.seed).toBe(999999);
    await userEvent.click(screen.getByRole('button', { name: 'New seed' }));
    expect(Number.isInteger(params.values.seed)).toBe(true);
    expect(params.values.seed).toBeGreaterThanOrEqual(0);
    expect(params.values.seed).toBeLessThanOrEqual(999999);
  });

  test("an int with control: 'select' offers its whole numbers; max narrows them; onchange follows the reader", async () => {
    const params = state(table);
    const picked: number[] = [];
    const screen = await draw({ of: params, name: 'k', max: 4, onchange: (v) => picked.push(v) });
    const select = screen.getByLabelText('classes').element() as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['2', '3', '4']);
    await userEvent.selectOptions(select, '3');
    expect(params.values.k).toBe(3);
    expect(picked).toEqual([3]);
    params.values.k = 5; // set elsewhere (a URL): shown as the largest value offered, not reported
    flushSync();
    expect(select.value).toBe('4');
    expect(picked).toEqual([3]);
  });
});
