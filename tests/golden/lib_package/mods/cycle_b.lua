local ok, err = pcall(require, "cycle_a")
return "b: " .. tostring(ok) .. " " .. tostring(err):gsub("\n.*", "")
