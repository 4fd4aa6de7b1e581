-- Runs in `nvim --headless --clean` (Neovim 0.7): the clinlint server in a real LSP client.
-- Arguments come from the environment: CLINLINT_LS (server script), CLINLINT_NOTE (a note file).
local function fail(msg)
  io.stderr:write('[neovim] ' .. msg .. '\n')
  vim.cmd('cquit! 1')
end

local note = os.getenv('CLINLINT_NOTE')
vim.cmd('edit ' .. note)
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'clinical-note'

local client_id = vim.lsp.start_client({
  name = 'clinlint',
  cmd = { os.getenv('CLINLINT_NODE') or 'node', os.getenv('CLINLINT_LS'), '--stdio' },
  root_dir = vim.fn.fnamemodify(note, ':h'),
})
if not client_id then fail('server did not start') end
vim.lsp.buf_attach_client(buf, client_id)

local ok = vim.wait(15000, function() return #vim.diagnostic.get(buf) >= 2 end, 100)
if not ok then fail('no diagnostics (got ' .. #vim.diagnostic.get(buf) .. ')') end
local codes = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(codes, d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?')
end
table.sort(codes)
if table.concat(codes, ',') ~= 'unit/case,unit/spacing' then fail('unexpected diagnostics: ' .. table.concat(codes, ',')) end

local symbols = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() }, 5000)
local names = {}
for _, res in pairs(symbols or {}) do
  for _, s in ipairs(res.result or {}) do table.insert(names, s.name) end
end
if table.concat(names, ',') ~= 'Anamnèse,Biologie' then fail('unexpected outline: ' .. table.concat(names, ',')) end

local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(), position = { line = 4, character = 16 } }, 5000)
local text = ''
for _, res in pairs(hover or {}) do
  if res.result then text = text .. res.result.contents.value end
end
if not text:find('97 g/L', 1, true) then fail('unexpected hover: ' .. text) end

local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
  textDocument = vim.lsp.util.make_text_document_params(),
  range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
  context = { diagnostics = {}, only = { 'source.fixAll.clinlint' } },
}, 5000)
local applied = false
for _, res in pairs(actions or {}) do
  for _, a in ipairs(res.result or {}) do
    vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
    applied = true
  end
end
if not applied then fail('no fix-all action') end
local line = vim.api.nvim_buf_get_lines(buf, 1, 2, false)[1]
if not line:find('400 mg/j', 1, true) then fail('fix all not applied: ' .. line) end

vim.lsp.stop_client(client_id)
print('[neovim] diagnostics, outline, hover and fix all ok')
vim.cmd('qall!')
