import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cartridge, cartridgeFiles } from '@/exports/cc/cartridge';
import { textAnswers } from '@/exports/cc/assessment';
import { address, exportCourse } from './quiz-model';
import { findAll, parseXml } from './xml-tree';

const course = exportCourse();

describe('the Common Cartridge of the course', () => {
  const files = cartridgeFiles(course, address);
  const manifest = parseXml(files['imsmanifest.xml']!);
  const resources = findAll(manifest, 'resource');
  const modules = findAll(manifest, 'organization')[0]!.children[0]!.children;

  it('is a zip with imsmanifest.xml at its root and every file the manifest names', () => {
    const unzipped = unzipSync(cartridge(course, address));
    expect(Object.keys(unzipped).sort()).toEqual(Object.keys(files).sort());
    expect(strFromU8(unzipped['imsmanifest.xml']!)).toBe(files['imsmanifest.xml']);
    expect(new Set(findAll(manifest, 'file').map((file) => file.attributes.href))).toEqual(new Set(Object.keys(files).filter((path) => path !== 'imsmanifest.xml')));
  });

  it('has the four sessions as modules, each with its lessons as links, its quizzes and its handout', () => {
    const sessions = modules.filter((module) => module.attributes.identifier!.startsWith('module-') && module.attributes.identifier !== 'module-about');
    expect(sessions).toHaveLength(course.sessions.length);
    expect(course.sessions).toHaveLength(4);
    course.sessions.forEach((session, index) => {
      const refs = sessions[index]!.children.filter((item) => item.name === 'item').map((item) => item.attributes.identifierref);
      expect(refs).toEqual([...session.lessons.flatMap((slug) => [`link-${slug}`, `quiz-${slug}`]), `handout-${session.slug}`]);
    });
    const types = new Map(resources.map((resource) => [resource.attributes.identifier, resource.attributes.type]));
    expect(types.get(`link-${course.lessons[0]!.slug}`)).toBe('imswl_xmlv1p3');
    expect(types.get(`quiz-${course.lessons[0]!.slug}`)).toBe('imsqti_xmlv1p2/imscc_xmlv1p3/assessment');
    expect(types.get(`handout-${course.sessions[0]!.slug}`)).toBe('webcontent');
  });

  it('follows the CC rules the XSD leaves to Schematron: links and assessments have one file and no href; every item names its CC type', () => {
    for (const resource of resources.filter((r) => r.attributes.type !== 'webcontent')) {
      expect(resource.attributes.href, resource.attributes.identifier).toBeUndefined();
      expect(findAll(resource, 'file')).toHaveLength(1);
    }
    for (const [path, xml] of Object.entries(files).filter(([p]) => p.startsWith('quizzes/'))) {
      const root = parseXml(xml);
      const profile = (element: ReturnType<typeof parseXml>) =>
        findAll(element, 'qtimetadatafield').filter((f) => findAll(f, 'fieldlabel')[0]!.text === 'cc_profile').map((f) => findAll(f, 'fieldentry')[0]!.text);
      expect(profile(findAll(root, 'assessment')[0]!).slice(0, 1), path).toEqual(['cc.exam.v0p1']);
      for (const item of findAll(root, 'item')) {
        const [type] = profile(item);
        expect(['cc.multiple_choice.v0p1', 'cc.multiple_response.v0p1', 'cc.fib.v0p1', 'cc.essay.v0p1']).toContain(type);
        if (type === 'cc.multiple_choice.v0p1') expect(findAll(item, 'response_label').length).toBeGreaterThanOrEqual(3);
        if (type === 'cc.essay.v0p1') expect(findAll(item, 'varequal')).toHaveLength(0);
      }
    }
  });

  it('links each lesson to its page at the public address, and each handout is a page of its session', () => {
    for (const lesson of course.lessons) {
      const link = parseXml(files[`links/${lesson.slug}.xml`]!);
      expect(findAll(link, 'url')[0]!.attributes.href).toBe(`${address}lessons/${lesson.slug}/`);
    }
    for (const session of course.sessions) {
      const page = files[`handouts/${session.slug}.html`]!;
      expect(page).toContain(`Session ${session.number}:`);
      for (const activity of session.model.activities) expect(page).toContain(`href="${new URL(activity.link.href, address).href.replace(/&/g, '&amp;')}"`);
      expect(page).not.toContain('katex');
    }
  });
});

describe('numbers in the cartridge, matched as text', () => {
  it('accept the key’s value as written, and powers of ten in e notation', () => {
    expect(textAnswers('0.35')).toEqual({ accepted: ['0.35'], instruction: 'Round to 2 decimal places.' });
    expect(textAnswers('42').instruction).toBe('Give a whole number.');
    expect(textAnswers('3.15 × 10^23').accepted).toEqual(['3.15e23', '3.15e+23', '3.15E23', '3.15 × 10^23']);
    expect(textAnswers('3.15 × 10^23').instruction).toMatch(/^Give 3 significant figures/);
  });
});
