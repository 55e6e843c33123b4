#!/usr/bin/env luajit
x = 1
