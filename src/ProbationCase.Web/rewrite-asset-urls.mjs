// Copies a GOV.UK/MoJ Frontend stylesheet, making its root-relative url(/assets/...) references
// relative to the stylesheet, so each package's fonts and images are served from beside its CSS.
// Usage: node rewrite-asset-urls.mjs <source.css> <destination.css> [<source.css> <destination.css> ...]
// Writes through a temporary file and a rename, so two builds at once never see half a file.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const args = process.argv.slice(2)
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: node rewrite-asset-urls.mjs <source.css> <destination.css> ...')
  process.exit(1)
}

for (let i = 0; i < args.length; i += 2) {
  const [source, destination] = [args[i], args[i + 1]]
  const css = readFileSync(source, 'utf8').replaceAll('url(/assets/', 'url(assets/')
  if (existsSync(destination) && readFileSync(destination, 'utf8') === css) continue
  mkdirSync(dirname(destination), { recursive: true })
  const temporary = `${destination}.${process.pid}.tmp`
  writeFileSync(temporary, css)
  renameSync(temporary, destination)
}
