package main

import "sync"

// parallel runs f for 0..n-1 on at most jobs goroutines and returns the
// results in index order, whatever order they finish in.
func parallel[T any](n, jobs int, f func(i int) T) []T {
	out := make([]T, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(jobs, n)) {
		wg.Go(func() {
			for i := range next {
				out[i] = f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}
