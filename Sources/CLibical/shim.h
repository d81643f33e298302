#ifndef PLANNER_CLIBICAL_SHIM_H
#define PLANNER_CLIBICAL_SHIM_H
#include <libical/ical.h>
#endif
