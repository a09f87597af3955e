package main

// loadAll reads the sources on at most jobs workers, in input order, each
// within the per-file time limit, showing the progress on a terminal. A
// document lives only while its file is read: what is kept is the model.
func (a *app) loadAll(srcs []source, flags overrides, jobs int) []loaded {
	bar := a.newProgress(len(srcs))
	defer bar.finish()
	return parallel(len(srcs), jobs, func(i int) loaded {
		bar.begin(srcs[i].path)
		defer bar.end()
		return loadWithin(srcs[i], flags, a.set.Timeout)
	})
}
