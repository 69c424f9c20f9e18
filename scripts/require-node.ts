// Runs first in every npm script. Kept free of type syntax so even an old Node can say why it cannot go on.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Linkwork needs Node 22.12 or later and runs on Node 24 (this is Node ${process.versions.node}); run it with npm (npm start, npm test), which puts the project's Node 24 first.`,
  );
  process.exit(1);
}
