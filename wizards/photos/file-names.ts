/** Names of the photo wizard's generated files, in Chinese, saying what they are. */
export const photoPackFileNames = {
  zip: '考生照片（证件号码命名）.zip',
  manifest: '考生照片清单.xlsx',
} as const;
