-- Written by bench/load.py: the URL mix wrk cycles through (each thread from its
-- own offset). The ETag is the live one of the run that wrote this file.
local mix = {
  { path = "/members?coalition=imctc", headers = {  } },
  { path = "/members?coalition=imctc", headers = { ["If-None-Match"] = "\"f7f280e41d88da98591ad9b89316e9f6\"" } },
  { path = "/members?coalition=global-coalition&type=country", headers = {  } },
  { path = "/members?coalition=imctc&coalition=global-coalition&match=all", headers = {  } },
  { path = "/members?type=organization&sort=-name", headers = {  } },
  { path = "/members?coalition=imctc&fields=id,name&limit=10&offset=10", headers = {  } },
  { path = "/members/SA", headers = {  } },
  { path = "/members/sau", headers = {  } },
  { path = "/coalitions", headers = {  } },
  { path = "/coalitions/imctc", headers = {  } },
  { path = "/coalitions/global-coalition/members?limit=20", headers = {  } },
  { path = "/coalitions/imctc/timeline", headers = {  } },
  { path = "/working-groups?coalition=global-coalition", headers = {  } },
  { path = "/working-groups/gc-stabilization", headers = {  } },
  { path = "/timeline?sort=-date&limit=10", headers = {  } },
  { path = "/timeline/gc-2014-announcement", headers = {  } },
  { path = "/sources", headers = {  } },
  { path = "/sources/imctc-site", headers = {  } },
  { path = "/search?q=%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9", headers = {  } },
  { path = "/timeline?q=%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6", headers = {  } },
  { path = "/members?q=%D9%85%D8%B5%D8%B1", headers = {  } },
  { path = "/members?coalition=imctc&format=csv", headers = {  } },
  { path = "/timeline", headers = { ["Accept"] = "text/csv" } },
  { path = "/members?coalition=global-coalition", headers = { ["Accept-Encoding"] = "gzip" } },
  { path = "/", headers = {  } },
}
local requests = {}
local counter = 0
local threads = 0

function setup(thread)
  thread:set('offset', threads * 7)
  threads = threads + 1
end

function init(args)
  for i, entry in ipairs(mix) do
    local headers = {}
    for k, v in pairs(entry.headers) do headers[k] = v end
    requests[i] = wrk.format('GET', entry.path, headers)
  end
  counter = offset or 0
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end
