// Installs GOV.UK Frontend and MoJ Frontend from package-lock.json and copies their precompiled
// CSS, JavaScript, fonts and images into wwwroot/lib/{govuk,moj}/. Run by Frontend.targets.
//
//   node frontend-assets.mjs install   npm ci, unless node_modules is already newer than the lock file
//   node frontend-assets.mjs copy      copy into wwwroot/lib, writing only files that differ
//
// Both take a lock, so builds running at once (a solution build beside a test run) neither run
// npm ci over each other nor copy from a half-installed node_modules; and files are written
// through a temporary file and a rename, so no one ever serves half a file.
//
// Both packages' CSS point at fonts and images with root-relative url(/assets/...). Each package
// is served from its own folder, so the copy makes those url(assets/...), relative to the CSS.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const project = dirname(fileURLToPath(import.meta.url))
const nodeModules = join(project, 'node_modules')
const lib = join(project, 'wwwroot', 'lib')
const govuk = join(nodeModules, 'govuk-frontend', 'dist', 'govuk')
const moj = join(nodeModules, '@ministryofjustice', 'frontend', 'moj')

const command = process.argv[2]
if (command !== 'install' && command !== 'copy') {
  console.error('usage: node frontend-assets.mjs install|copy')
  process.exit(2)
}

try {
  withLock(() => (command === 'install' ? install() : copy()))
} catch (error) {
  console.error(`frontend-assets: ${error.message}`)
  process.exitCode = 1
}

function install () {
  const marker = join(nodeModules, '.package-lock.json')
  const lockFile = join(project, 'package-lock.json')
  // Another build may have installed while this one waited for the lock.
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockFile).mtimeMs) return

  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: project, stdio: 'inherit', shell: process.platform === 'win32'
  })
  if (npm.status !== 0) throw new Error(`npm ci failed (${npm.error?.message ?? `exit ${npm.status ?? npm.signal}`})`)

  // npm may leave the marker's time alone; touch it so MSBuild's Inputs/Outputs check skips next time.
  const now = new Date()
  utimesSync(marker, now, now)
}

function copy () {
  for (const file of [join(govuk, 'govuk-frontend.min.css'), join(moj, 'moj-frontend.min.css')]) {
    if (!existsSync(file)) throw new Error(`${relative(project, file)} is missing; run npm ci in ${project}`)
  }

  copyTree(join(govuk, 'assets'), join(lib, 'govuk', 'assets'))
  copyTree(join(moj, 'assets'), join(lib, 'moj', 'assets'))
  for (const name of ['govuk-frontend.min.js', 'govuk-frontend.min.js.map']) {
    write(join(lib, 'govuk', name), readFileSync(join(govuk, name)))
  }
  for (const name of ['moj-frontend.min.js', 'moj-frontend.min.js.map']) {
    write(join(lib, 'moj', name), readFileSync(join(moj, name)))
  }
  write(join(lib, 'govuk', 'govuk-frontend.min.css'), relativeAssetUrls(join(govuk, 'govuk-frontend.min.css')))
  write(join(lib, 'moj', 'moj-frontend.min.css'), relativeAssetUrls(join(moj, 'moj-frontend.min.css')))
}

function relativeAssetUrls (cssFile) {
  return Buffer.from(readFileSync(cssFile, 'utf8').replaceAll('url(/assets/', 'url(assets/'), 'utf8')
}

function copyTree (from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    const destination = join(to, entry.name)
    if (entry.isDirectory()) copyTree(source, destination)
    else write(destination, readFileSync(source))
  }
}

function write (file, content) {
  if (existsSync(file) && readFileSync(file).equals(content)) return
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, content)
  renameSync(temporary, file)
}

function withLock (work) {
  const id = createHash('sha256').update(project).digest('hex').slice(0, 16)
  const lock = join(tmpdir(), `probationcase-frontend-${id}.lock`)
  const staleAfterMs = 5 * 60 * 1000
  const started = Date.now()
  for (;;) {
    try {
      mkdirSync(lock) // atomic: only one process succeeds
      break
    } catch (error) {
      if (error.code !== 'EEXIST') throw error
      // A build killed while holding the lock must not block every later build.
      try {
        if (Date.now() - statSync(lock).mtimeMs > staleAfterMs) rmSync(lock, { recursive: true, force: true })
      } catch { /* released meanwhile */ }
      if (Date.now() - started > staleAfterMs + 60_000) throw new Error(`gave up waiting for ${lock}`)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
    }
  }

  try {
    work()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
