/**
 * Words that make a query a question but say nothing about its subject. Pagefind
 * requires every word of a query on one page, so 「复查要在几天内申请」 finds nothing
 * until 要, 在 and 几天 are gone. Search drops them before asking Pagefind
 * (query-plan.ts), unless nothing would be left.
 */

/**
 * Question phrases removed wherever they occur: none of them is part of a word the
 * guides use. Longest first, so 怎么办 goes before 怎么.
 */
export const questionPhrases: readonly string[] = [
  '什么时候', '多长时间', '怎么回事', '是什么意思', '什么意思',
  '怎么办', '怎么样', '怎么弄', '为什么', '为啥', '能不能', '可不可以', '是不是', '要不要', '有没有', '会不会', '需不需要',
  '在哪里', '在哪儿', '在哪', '哪里', '哪儿', '哪个', '哪些', '哪一个',
  '怎么', '如何', '怎样', '什么', '多少', '多久', '多长', '多大', '多高', '多远', '几点',
  '请问', '一下',
];

/**
 * Particles and filler words, removed only when the word segmenter finds them as
 * a word of their own, so 要 goes in 「复查要在几天内申请」 but stays in 要求. The words
 * on either side then meet: 「学生的信息」 is searched as 学生信息.
 */
export const fillerWords: ReadonlySet<string> = new Set([
  // The list: question words and particles.
  '几', '吗', '呢', '了', '的', '吧', '啊', '呀', '嘛', '啥', '谁', '哪',
  // Modal and linking words every question carries.
  '是', '要', '需要', '能', '可以', '可', '该', '应该', '得', '必须', '一定', '还', '还是', '还能', '还要',
  '在', '有', '被', '把', '给', '对', '和', '与', '或', '或者', '都', '就', '也', '再', '又', '才', '先', '呢',
  '我', '我们', '咱们', '你', '他', '她', '这', '这个', '那', '那个', '一个', '个',
  // A place word after a noun: 系统里. (Not 上, 中, 会: the segmenter splits 上传, 考试中, 考务会.)
  '里',
  // Verbs that only say "do it": 在哪办, 怎么弄.
  '办', '做', '弄', '搞', '干',
  '自己',
]);

/** 几 with the measure word that follows it: 几个, 几天, 几名, ... asks for a number, like 多少. */
export const howManyPattern = /^几[个名位天次种份台路张项周条人年月页]?$/;
