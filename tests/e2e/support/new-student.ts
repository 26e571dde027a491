import type { Frame } from 'playwright-core';
import { expect } from 'vitest';

/** Attaches the panel's document to a new student, typed in place as a teacher does. */
export async function newStudent(panel: Frame, name: string): Promise<void> {
  await panel.getByLabel('Student', { exact: true }).selectOption({ label: 'New student…' });
  await panel.getByRole('textbox', { name: 'Name of the new student' }).fill(name);
  await panel.getByRole('textbox', { name: 'Name of the new student' }).press('Enter');
  await expect.poll(() => panel.getByTestId('document-status').textContent()).toContain(name);
}
