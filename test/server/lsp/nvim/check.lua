-- Headless Neovim (0.7+) check: attach the hostnet server to the buffer given
-- on the command line and wait for its diagnostics. Writes what it saw as
-- JSON to $HOSTNET_RESULT and exits with 0 when diagnostics arrived.
-- Run: HOSTNET_SERVER=dist/server.js HOSTNET_RESULT=out.json \
--      nvim --headless --clean -n -u check.lua bad.hnet
local result = { attached = false, diagnostics = {} }

local function finish(code)
  pcall(function()
    local file = io.open(os.getenv('HOSTNET_RESULT'), 'w')
    file:write(vim.fn.json_encode(result))
    file:close()
  end)
  vim.cmd('cquit ' .. code)
end

local function attach_and_wait()
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'hostnet'
  local client_id = vim.lsp.start_client({
    name = 'hostnet',
    cmd = { 'node', os.getenv('HOSTNET_SERVER'), '--stdio' },
    root_dir = vim.fn.getcwd(),
  })
  if client_id == nil then
    error('vim.lsp.start_client returned nil')
  end
  result.attached = vim.lsp.buf_attach_client(bufnr, client_id)
  vim.wait(20000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 50)
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, {
      line = diagnostic.lnum,
      col = diagnostic.col,
      severity = diagnostic.severity,
      message = diagnostic.message,
    })
  end
  pcall(vim.lsp.stop_client, client_id)
end

-- The file named on the command line is loaded only after this script runs.
local registered, register_error = pcall(vim.api.nvim_create_autocmd, 'VimEnter', {
  once = true,
  callback = function()
    local ok, err = pcall(attach_and_wait)
    if not ok then
      result.error = tostring(err)
    end
    finish((ok and #result.diagnostics > 0) and 0 or 1)
  end,
})
if not registered then
  result.error = tostring(register_error)
  finish(1)
end
