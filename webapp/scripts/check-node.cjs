// Run by the Maven build before it touches the web app: fails early, with a clear message,
// when this machine's Node.js is too old for Angular 21 (20.19 or newer).
const [major, minor] = process.versions.node.split('.').map(Number);
if (!(major > 20 || (major === 20 && minor >= 19))) {
  console.error(
    `SkillFast's web app needs Node.js 20.19 or newer (Angular 21); this machine has ${process.version}. ` +
      'Install a newer Node.js, or build without the web app: add -Dskip.webapp=true to the Maven command.',
  );
  process.exit(1);
}
console.log(`Node.js ${process.version}: fine for the web app build.`);
