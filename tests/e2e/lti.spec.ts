import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ROLE, TestPlatform } from '../server/lti/test-platform';
import { answerAll, openQuiz } from './quiz-helpers';

/**
 * The course as an LTI 1.3 tool, driven from a test LMS (its own keys, token endpoint, gradebook
 * and roster) on a port of its own, in Chromium against the course server.
 */
const port = Number(process.env.E2E_PORT ?? 4329);
const tool = `http://127.0.0.1:${port}`;
const lesson = 'what-is-emergence';
let platform: TestPlatform;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  platform = await new TestPlatform().start();
  platform.toolJwksUrl = `${tool}/lti/jwks`;
  // Registered as `npm run lti:platform -- add` would: the server reads the file when it changes.
  writeFileSync(`.e2e-data/${port}/lti-platforms.json`, JSON.stringify([platform.registration()]));
  platform.launches.set('ada-quiz', {
    subject: 'user-ada',
    name: 'Ada Lovelace',
    roles: [ROLE.learner],
    targetLinkUri: `${tool}/lessons/${lesson}/#quiz`,
    resourceLinkId: `quiz-${lesson}`,
    lineItem: platform.lineItemUrl(`quiz-${lesson}`),
  });
});
test.afterAll(async () => {
  await platform.stop();
});

test('a learner launched from the LMS arrives signed in, and the graded score reaches the gradebook once the LMS is back', async ({ page }) => {
  await page.goto(`${platform.url}/start?hint=ada-quiz&tool=${encodeURIComponent(tool)}`);
  await expect(page).toHaveURL(`${tool}/lessons/${lesson}/#quiz`);
  const membership = await page.evaluate(() => JSON.parse(localStorage.getItem('threshold:class') ?? 'null') as { name: string; className: string } | null);
  expect(membership).toMatchObject({ name: 'Ada Lovelace', className: 'LLM Engineering 101' });

  // The LMS goes down before the quiz is checked: the score waits on the server and is retried.
  platform.down = true;
  const { quiz, payload } = await openQuiz(page, `/lessons/${lesson}/`);
  await answerAll(quiz, payload, true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect.poll(() => platform.refusedWhileDown, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  expect(platform.scores).toEqual([]);

  platform.down = false;
  await expect.poll(() => platform.scores.length, { timeout: 20_000 }).toBe(1);
  const questions = payload.questions.length;
  expect(platform.scores[0]).toMatchObject({
    lineItem: platform.lineItemUrl(`quiz-${lesson}`),
    userId: 'user-ada',
    scoreGiven: questions,
    scoreMaximum: questions,
    activityProgress: 'Completed',
    gradingProgress: 'FullyGraded',
  });

  // A second attempt does not change the graded one (the first complete attempt counts): nothing more is sent.
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await answerAll(quiz, payload, false);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await page.goto('/class/me/');
  await expect(page.getByRole('table', { name: 'Your quiz attempts, oldest first' }).locator('tbody tr')).toHaveCount(2);
  await page.waitForTimeout(2000);
  expect(platform.scores).toHaveLength(1);
});

test('an instructor picks a graded quiz in the LMS and it comes back as a signed resource link with a gradebook column', async ({ page }) => {
  platform.launches.set('prof-pick', {
    subject: 'prof',
    name: 'Prof. Hopper',
    roles: [ROLE.instructor],
    messageType: 'LtiDeepLinkingRequest',
    targetLinkUri: `${tool}/lti/launch`,
  });
  await page.goto(`${platform.url}/start?hint=prof-pick&tool=${encodeURIComponent(tool)}`);
  await expect(page.getByRole('heading', { name: 'Add from the course' })).toBeVisible();
  await page.getByRole('checkbox', { name: /^Quiz: What is emergence/i }).check();
  await page.getByRole('checkbox', { name: /^Session 1:/ }).check();
  await page.getByRole('button', { name: 'Add to the LMS' }).click();
  await expect(page.getByRole('heading', { name: 'Added to the course' })).toBeVisible();
  await expect(page.locator('[data-item]')).toHaveCount(2);
  const items = platform.deepLinks.at(-1)!;
  const quizItem = items.find((item) => String(item.title).startsWith('Quiz:'))!;
  expect(quizItem).toMatchObject({
    type: 'ltiResourceLink',
    url: `${tool}/lessons/${lesson}/#quiz`,
    custom: { lesson },
    lineItem: { scoreMaximum: expect.any(Number) },
  });
  expect(items.find((item) => String(item.title).startsWith('Session 1:'))).toMatchObject({
    type: 'ltiResourceLink',
    url: expect.stringMatching(/\/instructors\/sessions\//),
  });
});

test('an instructor launch opens the class dashboard with the whole LMS roster, learners who have not started included', async ({ page }) => {
  platform.members.splice(
    0,
    platform.members.length,
    { user_id: 'user-ada', name: 'Ada Lovelace', roles: [ROLE.learner], status: 'Active' },
    { user_id: 'user-grace', name: 'Grace Hopper', roles: [ROLE.learner], status: 'Active' },
    { user_id: 'prof', name: 'Prof. Hopper', roles: [ROLE.instructor], status: 'Active' },
  );
  platform.launches.set('prof-dashboard', {
    subject: 'prof',
    name: 'Prof. Hopper',
    roles: [ROLE.instructor],
    targetLinkUri: `${tool}/lessons/${lesson}/#quiz`,
    resourceLinkId: `quiz-${lesson}`,
  });
  await page.goto(`${platform.url}/start?hint=prof-dashboard&tool=${encodeURIComponent(tool)}`);
  await expect(page).toHaveURL(`${tool}/class/dashboard/`);
  await expect(page.getByRole('heading', { name: 'LLM Engineering 101' })).toBeVisible();
  const roster = page.getByRole('table', { name: 'Learners, their attempts and finished lessons' });
  await expect(roster.locator('tbody tr')).toHaveCount(2);
  // Quiz attempts are the second data cell (after the date joined): Ada's two, none yet for Grace.
  const attempts = (name: string) => roster.locator('tbody tr', { hasText: name }).locator('td').nth(1);
  await expect(attempts('Ada Lovelace')).toHaveText('2');
  await expect(attempts('Grace Hopper')).toHaveText('0');
});

test('inside the LMS frame the launch is checked through the LMS’s own storage, and the course, which may not be framed, opens in a new window', async ({ page }) => {
  platform.launches.set('grace-framed', {
    subject: 'user-grace',
    name: 'Grace Hopper',
    roles: [ROLE.learner],
    targetLinkUri: `${tool}/lessons/${lesson}/`,
    resourceLinkId: 'reading',
    framed: true,
  });
  await page.goto(`${platform.url}/start?hint=grace-framed&tool=${encodeURIComponent(tool)}`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { ltiLog: string[] }).ltiLog)).toEqual(['lti.put_data', 'lti.get_data']);
  // This server sets no LTI_FRAME_ANCESTORS: the lesson would be refused in the frame, so the frame says so and offers a new window.
  const frame = page.frameLocator('iframe[name="tool-frame"]');
  await expect(frame.getByRole('heading', { name: 'Open the course in a new window' })).toBeVisible();
  const [course] = await Promise.all([page.waitForEvent('popup'), frame.getByRole('link', { name: 'Open in a new window' }).click()]);
  // Signed in there as the roster's Grace Hopper (the same learner row), on the lesson the link opens.
  await expect(course).toHaveURL(`${tool}/lessons/${lesson}/`);
  await expect.poll(() => course.evaluate(() => localStorage.getItem('threshold:class'))).toContain('Grace Hopper');
});

test('when the LMS’s storage cannot confirm the launch, the frame offers the course in a new window, which signs the learner in', async ({ page }) => {
  platform.launches.set('bo-forgotten', {
    subject: 'user-bo',
    name: 'Bo Peep',
    roles: [ROLE.learner],
    targetLinkUri: `${tool}/lessons/${lesson}/`,
    resourceLinkId: 'reading',
    framed: true,
    storageForgets: true,
  });
  await page.goto(`${platform.url}/start?hint=bo-forgotten&tool=${encodeURIComponent(tool)}`);
  const frame = page.frameLocator('iframe[name="tool-frame"]');
  await expect(frame.getByRole('status')).toHaveText(/could not confirm/);
  const link = frame.getByRole('link', { name: 'Open in a new window' });
  await expect(link).toHaveAttribute('target', '_blank');
  const [course] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await expect(course).toHaveURL(`${tool}/lessons/${lesson}/`);
  await expect.poll(() => course.evaluate(() => localStorage.getItem('threshold:class'))).toContain('Bo Peep');
});

test('a launch from an LMS that is not registered is refused with a page that says so', async ({ page }) => {
  const response = await page.goto(
    `/lti/login?iss=${encodeURIComponent('https://lms.unknown.example')}&login_hint=x&target_link_uri=${encodeURIComponent(`${tool}/`)}`,
  );
  expect(response!.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'This LMS is not registered' })).toBeVisible();
});
