// One definition of what a file costs on the wire, shared with the offline list the build writes.
export { wire } from '../src/offline/precache.ts';
