// `@fangkong/core/extract`: documents in, records out (cleaning, bulletins, notices), zod-free.
export * from './bulletin/index';
export * from './notices/index';
export * from './text/index';
