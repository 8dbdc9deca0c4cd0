//! Reading the trail of one object, for the clerk's and admin's history pages.
