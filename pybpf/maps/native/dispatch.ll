; ModuleID = 'dispatch.c'
source_filename = "dispatch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define dso_local ptr @pb_map_lookup_elem(ptr noundef %0, ptr noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq ptr %0, null
  br i1 %4, label %17, label %5

5:                                                ; preds = %3
  %6 = load i32, ptr %0, align 8, !tbaa !3
  %7 = icmp eq i32 %6, 1346522448
  br i1 %7, label %8, label %17

8:                                                ; preds = %5
  %9 = getelementptr inbounds i8, ptr %0, i64 44
  %10 = load i32, ptr %9, align 4, !tbaa !10
  switch i32 %10, label %17 [
    i32 1, label %11
    i32 2, label %13
    i32 3, label %15
  ]

11:                                               ; preds = %8
  %12 = tail call ptr @pb_array_lookup(ptr noundef nonnull %0, ptr noundef %1, i32 noundef %2) #3
  br label %17

13:                                               ; preds = %8
  %14 = tail call ptr @pb_htab_lookup(ptr noundef nonnull %0, ptr noundef %1, i32 noundef %2, i32 noundef 1) #3
  br label %17

15:                                               ; preds = %8
  %16 = tail call ptr @pb_lpm_lookup(ptr noundef nonnull %0, ptr noundef %1) #3
  br label %17

17:                                               ; preds = %3, %8, %5, %15, %13, %11
  %18 = phi ptr [ %16, %15 ], [ %14, %13 ], [ %12, %11 ], [ null, %5 ], [ null, %8 ], [ null, %3 ]
  ret ptr %18
}

declare ptr @pb_array_lookup(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #1

declare ptr @pb_htab_lookup(ptr noundef, ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #1

declare ptr @pb_lpm_lookup(ptr noundef, ptr noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define dso_local ptr @pb_map_lookup_percpu_elem(ptr noundef %0, ptr noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq ptr %0, null
  br i1 %4, label %23, label %5

5:                                                ; preds = %3
  %6 = load i32, ptr %0, align 8, !tbaa !3
  %7 = icmp eq i32 %6, 1346522448
  br i1 %7, label %8, label %23

8:                                                ; preds = %5
  %9 = getelementptr inbounds i8, ptr %0, i64 4
  %10 = load i32, ptr %9, align 4, !tbaa !11
  switch i32 %10, label %23 [
    i32 10, label %11
    i32 6, label %11
    i32 5, label %11
  ]

11:                                               ; preds = %8, %8, %8
  %12 = getelementptr inbounds i8, ptr %0, i64 28
  %13 = load i32, ptr %12, align 4, !tbaa !12
  %14 = icmp ugt i32 %13, %2
  br i1 %14, label %15, label %23

15:                                               ; preds = %11
  %16 = getelementptr inbounds i8, ptr %0, i64 44
  %17 = load i32, ptr %16, align 4, !tbaa !10
  %18 = icmp eq i32 %17, 1
  br i1 %18, label %19, label %21

19:                                               ; preds = %15
  %20 = tail call ptr @pb_array_lookup(ptr noundef nonnull %0, ptr noundef %1, i32 noundef %2) #3
  br label %23

21:                                               ; preds = %15
  %22 = tail call ptr @pb_htab_lookup(ptr noundef nonnull %0, ptr noundef %1, i32 noundef %2, i32 noundef 1) #3
  br label %23

23:                                               ; preds = %8, %3, %5, %11, %21, %19
  %24 = phi ptr [ %20, %19 ], [ %22, %21 ], [ null, %11 ], [ null, %8 ], [ null, %5 ], [ null, %3 ]
  ret ptr %24
}

; Function Attrs: nounwind
define dso_local ptr @pb_map_value_addr(ptr noundef %0, ptr noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq ptr %0, null
  br i1 %4, label %17, label %5

5:                                                ; preds = %3
  %6 = load i32, ptr %0, align 8, !tbaa !3
  %7 = icmp eq i32 %6, 1346522448
  br i1 %7, label %8, label %17

8:                                                ; preds = %5
  %9 = getelementptr inbounds i8, ptr %0, i64 44
  %10 = load i32, ptr %9, align 4, !tbaa !10
  switch i32 %10, label %17 [
    i32 1, label %11
    i32 2, label %13
    i32 3, label %15
  ]

11:                                               ; preds = %8
  %12 = tail call ptr @pb_array_lookup(ptr noundef nonnull %0, ptr noundef %1, i32 noundef %2) #3
  br label %17

13:                                               ; preds = %8
  %14 = tail call ptr @pb_htab_lookup(ptr noundef nonnull %0, ptr noundef %1, i32 noundef %2, i32 noundef 0) #3
  br label %17

15:                                               ; preds = %8
  %16 = tail call ptr @pb_lpm_lookup(ptr noundef nonnull %0, ptr noundef %1) #3
  br label %17

17:                                               ; preds = %3, %8, %5, %15, %13, %11
  %18 = phi ptr [ %16, %15 ], [ %14, %13 ], [ %12, %11 ], [ null, %5 ], [ null, %8 ], [ null, %3 ]
  ret ptr %18
}

; Function Attrs: nounwind
define dso_local i64 @pb_map_update_elem(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp eq ptr %0, null
  br i1 %6, label %12, label %7

7:                                                ; preds = %5
  %8 = load i32, ptr %0, align 8, !tbaa !3
  %9 = icmp eq i32 %8, 1346522448
  br i1 %9, label %10, label %12

10:                                               ; preds = %7
  %11 = tail call fastcc i64 @update_locked(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2, i64 noundef %3, i32 noundef %4, i32 noundef 0) #4
  br label %12

12:                                               ; preds = %5, %7, %10
  %13 = phi i64 [ %11, %10 ], [ -22, %7 ], [ -22, %5 ]
  ret i64 %13
}

; Function Attrs: nounwind
define internal fastcc i64 @update_locked(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3, i32 noundef %4, i32 noundef %5) unnamed_addr #0 {
  %7 = getelementptr inbounds i8, ptr %0, i64 44
  %8 = load i32, ptr %7, align 4, !tbaa !10
  switch i32 %8, label %42 [
    i32 1, label %9
    i32 2, label %11
    i32 3, label %25
  ]

9:                                                ; preds = %6
  %10 = tail call i64 @pb_array_update(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2, i64 noundef %3, i32 noundef %4, i32 noundef %5) #3
  br label %42

11:                                               ; preds = %6
  %12 = getelementptr inbounds i8, ptr %0, i64 40
  br label %13

13:                                               ; preds = %20, %11
  %14 = phi i32 [ 0, %11 ], [ %21, %20 ]
  %15 = load atomic i32, ptr %12 monotonic, align 4
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %17, label %20

17:                                               ; preds = %13
  %18 = atomicrmw xchg ptr %12, i32 1 acquire, align 4
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %23, label %20

20:                                               ; preds = %17, %13
  %21 = add nuw nsw i32 %14, 1
  %22 = icmp eq i32 %21, 67108864
  br i1 %22, label %42, label %13, !llvm.loop !13

23:                                               ; preds = %17
  %24 = tail call i64 @pb_htab_update(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2, i64 noundef %3, i32 noundef %4, i32 noundef %5) #3
  br label %39

25:                                               ; preds = %6
  %26 = getelementptr inbounds i8, ptr %0, i64 40
  br label %27

27:                                               ; preds = %34, %25
  %28 = phi i32 [ 0, %25 ], [ %35, %34 ]
  %29 = load atomic i32, ptr %26 monotonic, align 4
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %31, label %34

31:                                               ; preds = %27
  %32 = atomicrmw xchg ptr %26, i32 1 acquire, align 4
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %37, label %34

34:                                               ; preds = %31, %27
  %35 = add nuw nsw i32 %28, 1
  %36 = icmp eq i32 %35, 67108864
  br i1 %36, label %42, label %27, !llvm.loop !13

37:                                               ; preds = %31
  %38 = tail call i64 @pb_lpm_update(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2, i64 noundef %3) #3
  br label %39

39:                                               ; preds = %37, %23
  %40 = phi i64 [ %38, %37 ], [ %24, %23 ]
  %41 = getelementptr inbounds i8, ptr %0, i64 40
  store atomic i32 0, ptr %41 release, align 4
  br label %42

42:                                               ; preds = %34, %20, %6, %39, %9
  %43 = phi i64 [ %40, %39 ], [ %10, %9 ], [ -22, %6 ], [ -35, %20 ], [ -35, %34 ]
  ret i64 %43
}

; Function Attrs: nounwind
define dso_local i64 @pb_map_delete_elem(ptr noundef %0, ptr noundef %1, i32 %2) local_unnamed_addr #0 {
  %4 = icmp eq ptr %0, null
  br i1 %4, label %61, label %5

5:                                                ; preds = %3
  %6 = load i32, ptr %0, align 8, !tbaa !3
  %7 = icmp eq i32 %6, 1346522448
  br i1 %7, label %8, label %61

8:                                                ; preds = %5
  %9 = getelementptr inbounds i8, ptr %0, i64 44
  %10 = load i32, ptr %9, align 4, !tbaa !10
  switch i32 %10, label %61 [
    i32 1, label %11
    i32 2, label %28
    i32 3, label %42
    i32 6, label %57
    i32 5, label %56
  ]

11:                                               ; preds = %8
  %12 = getelementptr inbounds i8, ptr %0, i64 4
  %13 = load i32, ptr %12, align 4, !tbaa !11
  switch i32 %13, label %14 [
    i32 2, label %61
    i32 6, label %61
  ]

14:                                               ; preds = %11
  %15 = getelementptr inbounds i8, ptr %0, i64 40
  br label %16

16:                                               ; preds = %23, %14
  %17 = phi i32 [ 0, %14 ], [ %24, %23 ]
  %18 = load atomic i32, ptr %15 monotonic, align 4
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %23

20:                                               ; preds = %16
  %21 = atomicrmw xchg ptr %15, i32 1 acquire, align 4
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %26, label %23

23:                                               ; preds = %20, %16
  %24 = add nuw nsw i32 %17, 1
  %25 = icmp eq i32 %24, 67108864
  br i1 %25, label %61, label %16, !llvm.loop !13

26:                                               ; preds = %20
  %27 = tail call i64 @pb_array_delete(ptr noundef nonnull %0, ptr noundef %1) #3
  br label %58

28:                                               ; preds = %8
  %29 = getelementptr inbounds i8, ptr %0, i64 40
  br label %30

30:                                               ; preds = %37, %28
  %31 = phi i32 [ 0, %28 ], [ %38, %37 ]
  %32 = load atomic i32, ptr %29 monotonic, align 4
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %34, label %37

34:                                               ; preds = %30
  %35 = atomicrmw xchg ptr %29, i32 1 acquire, align 4
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %40, label %37

37:                                               ; preds = %34, %30
  %38 = add nuw nsw i32 %31, 1
  %39 = icmp eq i32 %38, 67108864
  br i1 %39, label %61, label %30, !llvm.loop !13

40:                                               ; preds = %34
  %41 = tail call i64 @pb_htab_delete(ptr noundef nonnull %0, ptr noundef %1) #3
  br label %58

42:                                               ; preds = %8
  %43 = getelementptr inbounds i8, ptr %0, i64 40
  br label %44

44:                                               ; preds = %51, %42
  %45 = phi i32 [ 0, %42 ], [ %52, %51 ]
  %46 = load atomic i32, ptr %43 monotonic, align 4
  %47 = icmp eq i32 %46, 0
  br i1 %47, label %48, label %51

48:                                               ; preds = %44
  %49 = atomicrmw xchg ptr %43, i32 1 acquire, align 4
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %54, label %51

51:                                               ; preds = %48, %44
  %52 = add nuw nsw i32 %45, 1
  %53 = icmp eq i32 %52, 67108864
  br i1 %53, label %61, label %44, !llvm.loop !13

54:                                               ; preds = %48
  %55 = tail call i64 @pb_lpm_delete(ptr noundef nonnull %0, ptr noundef %1) #3
  br label %58

56:                                               ; preds = %8
  br label %61

57:                                               ; preds = %8
  br label %61

58:                                               ; preds = %54, %40, %26
  %59 = phi i64 [ %55, %54 ], [ %41, %40 ], [ %27, %26 ]
  %60 = getelementptr inbounds i8, ptr %0, i64 40
  store atomic i32 0, ptr %60 release, align 4
  br label %61

61:                                               ; preds = %51, %37, %23, %3, %58, %57, %56, %11, %11, %8, %5
  %62 = phi i64 [ -22, %5 ], [ -524, %57 ], [ -95, %56 ], [ %59, %58 ], [ -22, %11 ], [ -22, %11 ], [ -22, %8 ], [ -22, %3 ], [ -35, %23 ], [ -35, %37 ], [ -35, %51 ]
  ret i64 %62
}

; Function Attrs: nounwind
define dso_local i64 @pb_map_push_elem(ptr noundef %0, ptr noundef %1, i64 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = icmp eq ptr %0, null
  br i1 %5, label %43, label %6

6:                                                ; preds = %4
  %7 = load i32, ptr %0, align 8, !tbaa !3
  %8 = icmp eq i32 %7, 1346522448
  br i1 %8, label %9, label %43

9:                                                ; preds = %6
  %10 = getelementptr inbounds i8, ptr %0, i64 44
  %11 = load i32, ptr %10, align 4, !tbaa !10
  switch i32 %11, label %43 [
    i32 5, label %12
    i32 4, label %26
  ]

12:                                               ; preds = %9
  %13 = getelementptr inbounds i8, ptr %0, i64 40
  br label %14

14:                                               ; preds = %21, %12
  %15 = phi i32 [ 0, %12 ], [ %22, %21 ]
  %16 = load atomic i32, ptr %13 monotonic, align 4
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %21

18:                                               ; preds = %14
  %19 = atomicrmw xchg ptr %13, i32 1 acquire, align 4
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %24, label %21

21:                                               ; preds = %18, %14
  %22 = add nuw nsw i32 %15, 1
  %23 = icmp eq i32 %22, 67108864
  br i1 %23, label %43, label %14, !llvm.loop !13

24:                                               ; preds = %18
  %25 = tail call i64 @pb_bloom_push(ptr noundef nonnull %0, ptr noundef %1, i64 noundef %2) #3
  br label %40

26:                                               ; preds = %9
  %27 = getelementptr inbounds i8, ptr %0, i64 40
  br label %28

28:                                               ; preds = %35, %26
  %29 = phi i32 [ 0, %26 ], [ %36, %35 ]
  %30 = load atomic i32, ptr %27 monotonic, align 4
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %32, label %35

32:                                               ; preds = %28
  %33 = atomicrmw xchg ptr %27, i32 1 acquire, align 4
  %34 = icmp eq i32 %33, 0
  br i1 %34, label %38, label %35

35:                                               ; preds = %32, %28
  %36 = add nuw nsw i32 %29, 1
  %37 = icmp eq i32 %36, 67108864
  br i1 %37, label %43, label %28, !llvm.loop !13

38:                                               ; preds = %32
  %39 = tail call i64 @pb_queue_push(ptr noundef nonnull %0, ptr noundef %1, i64 noundef %2) #3
  br label %40

40:                                               ; preds = %38, %24
  %41 = phi i64 [ %25, %24 ], [ %39, %38 ]
  %42 = getelementptr inbounds i8, ptr %0, i64 40
  store atomic i32 0, ptr %42 release, align 4
  br label %43

43:                                               ; preds = %35, %21, %4, %9, %6, %40
  %44 = phi i64 [ %41, %40 ], [ -22, %6 ], [ -22, %9 ], [ -22, %4 ], [ -35, %21 ], [ -35, %35 ]
  ret i64 %44
}

declare i64 @pb_bloom_push(ptr noundef, ptr noundef, i64 noundef) local_unnamed_addr #1

declare i64 @pb_queue_push(ptr noundef, ptr noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define dso_local i64 @pb_map_pop_elem(ptr noundef %0, ptr noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq ptr %0, null
  br i1 %4, label %29, label %5

5:                                                ; preds = %3
  %6 = load i32, ptr %0, align 8, !tbaa !3
  %7 = icmp eq i32 %6, 1346522448
  br i1 %7, label %8, label %29

8:                                                ; preds = %5
  %9 = getelementptr inbounds i8, ptr %0, i64 44
  %10 = load i32, ptr %9, align 4, !tbaa !10
  %11 = icmp eq i32 %10, 4
  br i1 %11, label %15, label %12

12:                                               ; preds = %8
  %13 = icmp eq i32 %10, 5
  %14 = select i1 %13, i64 -95, i64 -22
  br label %29

15:                                               ; preds = %8
  %16 = getelementptr inbounds i8, ptr %0, i64 40
  br label %17

17:                                               ; preds = %24, %15
  %18 = phi i32 [ 0, %15 ], [ %25, %24 ]
  %19 = load atomic i32, ptr %16 monotonic, align 4
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %24

21:                                               ; preds = %17
  %22 = atomicrmw xchg ptr %16, i32 1 acquire, align 4
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %27, label %24

24:                                               ; preds = %21, %17
  %25 = add nuw nsw i32 %18, 1
  %26 = icmp eq i32 %25, 67108864
  br i1 %26, label %29, label %17, !llvm.loop !13

27:                                               ; preds = %21
  %28 = tail call i64 @pb_queue_get(ptr noundef nonnull %0, ptr noundef %1, i32 noundef 1) #3
  store atomic i32 0, ptr %16 release, align 4
  br label %29

29:                                               ; preds = %24, %3, %27, %12, %5
  %30 = phi i64 [ -22, %5 ], [ %14, %12 ], [ %28, %27 ], [ -22, %3 ], [ -16, %24 ]
  ret i64 %30
}

; Function Attrs: nounwind
define dso_local i64 @pb_map_peek_elem(ptr noundef %0, ptr noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq ptr %0, null
  br i1 %4, label %27, label %5

5:                                                ; preds = %3
  %6 = load i32, ptr %0, align 8, !tbaa !3
  %7 = icmp eq i32 %6, 1346522448
  br i1 %7, label %8, label %27

8:                                                ; preds = %5
  %9 = getelementptr inbounds i8, ptr %0, i64 44
  %10 = load i32, ptr %9, align 4, !tbaa !10
  switch i32 %10, label %27 [
    i32 5, label %11
    i32 4, label %13
  ]

11:                                               ; preds = %8
  %12 = tail call i64 @pb_bloom_peek(ptr noundef nonnull %0, ptr noundef %1) #3
  br label %27

13:                                               ; preds = %8
  %14 = getelementptr inbounds i8, ptr %0, i64 40
  br label %15

15:                                               ; preds = %22, %13
  %16 = phi i32 [ 0, %13 ], [ %23, %22 ]
  %17 = load atomic i32, ptr %14 monotonic, align 4
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %22

19:                                               ; preds = %15
  %20 = atomicrmw xchg ptr %14, i32 1 acquire, align 4
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %25, label %22

22:                                               ; preds = %19, %15
  %23 = add nuw nsw i32 %16, 1
  %24 = icmp eq i32 %23, 67108864
  br i1 %24, label %27, label %15, !llvm.loop !13

25:                                               ; preds = %19
  %26 = tail call i64 @pb_queue_get(ptr noundef nonnull %0, ptr noundef %1, i32 noundef 0) #3
  store atomic i32 0, ptr %14 release, align 4
  br label %27

27:                                               ; preds = %22, %8, %3, %25, %5, %11
  %28 = phi i64 [ %12, %11 ], [ -22, %5 ], [ %26, %25 ], [ -22, %3 ], [ -22, %8 ], [ -16, %22 ]
  ret i64 %28
}

declare i64 @pb_bloom_peek(ptr noundef, ptr noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define dso_local i64 @pb_map_iter(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp eq ptr %0, null
  br i1 %6, label %17, label %7

7:                                                ; preds = %5
  %8 = load i32, ptr %0, align 8, !tbaa !3
  %9 = icmp eq i32 %8, 1346522448
  br i1 %9, label %10, label %17

10:                                               ; preds = %7
  %11 = getelementptr inbounds i8, ptr %0, i64 44
  %12 = load i32, ptr %11, align 4, !tbaa !10
  switch i32 %12, label %17 [
    i32 1, label %13
    i32 2, label %15
  ]

13:                                               ; preds = %10
  %14 = tail call i64 @pb_array_iter(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, i32 noundef %4) #3
  br label %17

15:                                               ; preds = %10
  %16 = tail call i64 @pb_htab_iter(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, i32 noundef %4) #3
  br label %17

17:                                               ; preds = %5, %10, %7, %15, %13
  %18 = phi i64 [ %14, %13 ], [ %16, %15 ], [ -22, %7 ], [ -95, %10 ], [ -22, %5 ]
  ret i64 %18
}

declare i64 @pb_array_iter(ptr noundef, ptr noundef, ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #1

declare i64 @pb_htab_iter(ptr noundef, ptr noundef, ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define dso_local i64 @pb_map_sys_lookup(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp eq ptr %0, null
  br i1 %6, label %44, label %7

7:                                                ; preds = %5
  %8 = load i32, ptr %0, align 8, !tbaa !3
  %9 = icmp eq i32 %8, 1346522448
  %10 = and i64 %3, -5
  %11 = icmp eq i64 %10, 0
  %12 = and i1 %11, %9
  br i1 %12, label %13, label %44

13:                                               ; preds = %7
  %14 = icmp eq i64 %3, 0
  br i1 %14, label %19, label %15

15:                                               ; preds = %13
  %16 = getelementptr inbounds i8, ptr %0, i64 36
  %17 = load i32, ptr %16, align 4, !tbaa !16
  %18 = icmp eq i32 %17, -1
  br i1 %18, label %44, label %19

19:                                               ; preds = %15, %13
  %20 = getelementptr inbounds i8, ptr %0, i64 44
  %21 = load i32, ptr %20, align 4, !tbaa !10
  switch i32 %21, label %44 [
    i32 1, label %22
    i32 2, label %24
    i32 3, label %26
    i32 4, label %28
    i32 5, label %42
  ]

22:                                               ; preds = %19
  %23 = tail call i64 @pb_array_sys_lookup(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2, i64 noundef %3) #3
  br label %44

24:                                               ; preds = %19
  %25 = tail call i64 @pb_htab_sys_lookup(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2, i64 noundef %3) #3
  br label %44

26:                                               ; preds = %19
  %27 = tail call i64 @pb_lpm_sys_lookup(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2) #3
  br label %44

28:                                               ; preds = %19
  %29 = getelementptr inbounds i8, ptr %0, i64 40
  br label %30

30:                                               ; preds = %37, %28
  %31 = phi i32 [ 0, %28 ], [ %38, %37 ]
  %32 = load atomic i32, ptr %29 monotonic, align 4
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %34, label %37

34:                                               ; preds = %30
  %35 = atomicrmw xchg ptr %29, i32 1 acquire, align 4
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %40, label %37

37:                                               ; preds = %34, %30
  %38 = add nuw nsw i32 %31, 1
  %39 = icmp eq i32 %38, 67108864
  br i1 %39, label %44, label %30, !llvm.loop !13

40:                                               ; preds = %34
  %41 = tail call i64 @pb_queue_get(ptr noundef nonnull %0, ptr noundef %2, i32 noundef 0) #3
  store atomic i32 0, ptr %29 release, align 4
  br label %44

42:                                               ; preds = %19
  %43 = tail call i64 @pb_bloom_peek(ptr noundef nonnull %0, ptr noundef %2) #3
  br label %44

44:                                               ; preds = %37, %15, %5, %40, %19, %7, %42, %26, %24, %22
  %45 = phi i64 [ %43, %42 ], [ %27, %26 ], [ %25, %24 ], [ %23, %22 ], [ -22, %7 ], [ -524, %19 ], [ %41, %40 ], [ -22, %5 ], [ -22, %15 ], [ -16, %37 ]
  ret i64 %45
}

declare i64 @pb_array_sys_lookup(ptr noundef, ptr noundef, ptr noundef, i64 noundef) local_unnamed_addr #1

declare i64 @pb_htab_sys_lookup(ptr noundef, ptr noundef, ptr noundef, i64 noundef) local_unnamed_addr #1

declare i64 @pb_lpm_sys_lookup(ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define dso_local i64 @pb_map_sys_update(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp eq ptr %0, null
  br i1 %6, label %53, label %7

7:                                                ; preds = %5
  %8 = load i32, ptr %0, align 8, !tbaa !3
  %9 = icmp eq i32 %8, 1346522448
  br i1 %9, label %10, label %53

10:                                               ; preds = %7
  %11 = and i64 %3, 4
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %17, label %13

13:                                               ; preds = %10
  %14 = getelementptr inbounds i8, ptr %0, i64 36
  %15 = load i32, ptr %14, align 4, !tbaa !16
  %16 = icmp eq i32 %15, -1
  br i1 %16, label %53, label %17

17:                                               ; preds = %13, %10
  %18 = getelementptr inbounds i8, ptr %0, i64 44
  %19 = load i32, ptr %18, align 4, !tbaa !10
  switch i32 %19, label %53 [
    i32 1, label %20
    i32 2, label %20
    i32 3, label %20
    i32 5, label %22
    i32 4, label %36
  ]

20:                                               ; preds = %17, %17, %17
  %21 = tail call fastcc i64 @update_locked(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2, i64 noundef %3, i32 noundef %4, i32 noundef 1) #4
  br label %53

22:                                               ; preds = %17
  %23 = getelementptr inbounds i8, ptr %0, i64 40
  br label %24

24:                                               ; preds = %31, %22
  %25 = phi i32 [ 0, %22 ], [ %32, %31 ]
  %26 = load atomic i32, ptr %23 monotonic, align 4
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %28, label %31

28:                                               ; preds = %24
  %29 = atomicrmw xchg ptr %23, i32 1 acquire, align 4
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %34, label %31

31:                                               ; preds = %28, %24
  %32 = add nuw nsw i32 %25, 1
  %33 = icmp eq i32 %32, 67108864
  br i1 %33, label %53, label %24, !llvm.loop !13

34:                                               ; preds = %28
  %35 = tail call i64 @pb_bloom_push(ptr noundef nonnull %0, ptr noundef %2, i64 noundef %3) #3
  br label %50

36:                                               ; preds = %17
  %37 = getelementptr inbounds i8, ptr %0, i64 40
  br label %38

38:                                               ; preds = %45, %36
  %39 = phi i32 [ 0, %36 ], [ %46, %45 ]
  %40 = load atomic i32, ptr %37 monotonic, align 4
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %45

42:                                               ; preds = %38
  %43 = atomicrmw xchg ptr %37, i32 1 acquire, align 4
  %44 = icmp eq i32 %43, 0
  br i1 %44, label %48, label %45

45:                                               ; preds = %42, %38
  %46 = add nuw nsw i32 %39, 1
  %47 = icmp eq i32 %46, 67108864
  br i1 %47, label %53, label %38, !llvm.loop !13

48:                                               ; preds = %42
  %49 = tail call i64 @pb_queue_push(ptr noundef nonnull %0, ptr noundef %2, i64 noundef %3) #3
  br label %50

50:                                               ; preds = %48, %34
  %51 = phi i64 [ %35, %34 ], [ %49, %48 ]
  %52 = getelementptr inbounds i8, ptr %0, i64 40
  store atomic i32 0, ptr %52 release, align 4
  br label %53

53:                                               ; preds = %45, %31, %17, %5, %50, %13, %7, %20
  %54 = phi i64 [ %21, %20 ], [ -22, %7 ], [ -22, %13 ], [ -524, %17 ], [ %51, %50 ], [ -22, %5 ], [ -35, %31 ], [ -35, %45 ]
  ret i64 %54
}

; Function Attrs: nounwind
define dso_local i64 @pb_map_sys_delete(ptr noundef %0, ptr noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = tail call i64 @pb_map_delete_elem(ptr noundef %0, ptr noundef %1, i32 poison) #4
  ret i64 %4
}

; Function Attrs: nounwind
define dso_local i64 @pb_map_sys_get_next_key(ptr noundef %0, ptr noundef %1, ptr noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq ptr %0, null
  br i1 %4, label %19, label %5

5:                                                ; preds = %3
  %6 = load i32, ptr %0, align 8, !tbaa !3
  %7 = icmp eq i32 %6, 1346522448
  br i1 %7, label %8, label %19

8:                                                ; preds = %5
  %9 = getelementptr inbounds i8, ptr %0, i64 44
  %10 = load i32, ptr %9, align 4, !tbaa !10
  switch i32 %10, label %18 [
    i32 1, label %11
    i32 2, label %13
    i32 3, label %15
    i32 4, label %19
    i32 5, label %17
  ]

11:                                               ; preds = %8
  %12 = tail call i64 @pb_array_get_next_key(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2) #3
  br label %19

13:                                               ; preds = %8
  %14 = tail call i64 @pb_htab_get_next_key(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2) #3
  br label %19

15:                                               ; preds = %8
  %16 = tail call i64 @pb_lpm_get_next_key(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2) #3
  br label %19

17:                                               ; preds = %8
  br label %19

18:                                               ; preds = %8
  br label %19

19:                                               ; preds = %3, %8, %5, %18, %17, %15, %13, %11
  %20 = phi i64 [ -524, %18 ], [ -95, %17 ], [ %16, %15 ], [ %14, %13 ], [ %12, %11 ], [ -22, %5 ], [ -22, %8 ], [ -22, %3 ]
  ret i64 %20
}

declare i64 @pb_array_get_next_key(ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #1

declare i64 @pb_htab_get_next_key(ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #1

declare i64 @pb_lpm_get_next_key(ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define dso_local i64 @pb_map_sys_lookup_and_delete(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp eq ptr %0, null
  br i1 %6, label %58, label %7

7:                                                ; preds = %5
  %8 = load i32, ptr %0, align 8, !tbaa !3
  %9 = icmp eq i32 %8, 1346522448
  %10 = and i64 %3, -5
  %11 = icmp eq i64 %10, 0
  %12 = and i1 %11, %9
  br i1 %12, label %13, label %58

13:                                               ; preds = %7
  %14 = icmp eq i64 %3, 0
  %15 = getelementptr inbounds i8, ptr %0, i64 44
  %16 = load i32, ptr %15, align 4, !tbaa !10
  br i1 %14, label %23, label %17

17:                                               ; preds = %13
  %18 = icmp eq i32 %16, 4
  br i1 %18, label %58, label %19

19:                                               ; preds = %17
  %20 = getelementptr inbounds i8, ptr %0, i64 36
  %21 = load i32, ptr %20, align 4, !tbaa !16
  %22 = icmp eq i32 %21, -1
  br i1 %22, label %58, label %23

23:                                               ; preds = %13, %19
  switch i32 %16, label %58 [
    i32 4, label %24
    i32 2, label %38
  ]

24:                                               ; preds = %23
  %25 = getelementptr inbounds i8, ptr %0, i64 40
  br label %26

26:                                               ; preds = %33, %24
  %27 = phi i32 [ 0, %24 ], [ %34, %33 ]
  %28 = load atomic i32, ptr %25 monotonic, align 4
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %30, label %33

30:                                               ; preds = %26
  %31 = atomicrmw xchg ptr %25, i32 1 acquire, align 4
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %36, label %33

33:                                               ; preds = %30, %26
  %34 = add nuw nsw i32 %27, 1
  %35 = icmp eq i32 %34, 67108864
  br i1 %35, label %58, label %26, !llvm.loop !13

36:                                               ; preds = %30
  %37 = tail call i64 @pb_queue_get(ptr noundef nonnull %0, ptr noundef %2, i32 noundef 1) #3
  br label %55

38:                                               ; preds = %23
  %39 = getelementptr inbounds i8, ptr %0, i64 4
  %40 = load i32, ptr %39, align 4, !tbaa !11
  switch i32 %40, label %41 [
    i32 13, label %58
    i32 25, label %58
  ]

41:                                               ; preds = %38
  %42 = getelementptr inbounds i8, ptr %0, i64 40
  br label %43

43:                                               ; preds = %50, %41
  %44 = phi i32 [ 0, %41 ], [ %51, %50 ]
  %45 = load atomic i32, ptr %42 monotonic, align 4
  %46 = icmp eq i32 %45, 0
  br i1 %46, label %47, label %50

47:                                               ; preds = %43
  %48 = atomicrmw xchg ptr %42, i32 1 acquire, align 4
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %53, label %50

50:                                               ; preds = %47, %43
  %51 = add nuw nsw i32 %44, 1
  %52 = icmp eq i32 %51, 67108864
  br i1 %52, label %58, label %43, !llvm.loop !13

53:                                               ; preds = %47
  %54 = tail call i64 @pb_htab_lookup_and_delete(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2, i64 noundef %3) #3
  br label %55

55:                                               ; preds = %53, %36
  %56 = phi ptr [ %25, %36 ], [ %42, %53 ]
  %57 = phi i64 [ %37, %36 ], [ %54, %53 ]
  store atomic i32 0, ptr %56 release, align 4
  br label %58

58:                                               ; preds = %50, %33, %55, %5, %23, %38, %38, %19, %17, %7
  %59 = phi i64 [ -22, %7 ], [ -22, %17 ], [ -22, %19 ], [ -524, %38 ], [ -524, %38 ], [ -524, %23 ], [ -22, %5 ], [ %57, %55 ], [ -16, %33 ], [ -35, %50 ]
  ret i64 %59
}

declare i64 @pb_htab_lookup_and_delete(ptr noundef, ptr noundef, ptr noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define dso_local i64 @pb_map_sys_htab_batch(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4, i64 noundef %5, i32 noundef %6, i32 noundef %7) local_unnamed_addr #0 {
  %9 = icmp eq ptr %0, null
  br i1 %9, label %31, label %10

10:                                               ; preds = %8
  %11 = load i32, ptr %0, align 8, !tbaa !3
  %12 = icmp eq i32 %11, 1346522448
  br i1 %12, label %13, label %31

13:                                               ; preds = %10
  %14 = getelementptr inbounds i8, ptr %0, i64 44
  %15 = load i32, ptr %14, align 4, !tbaa !10
  %16 = icmp eq i32 %15, 2
  br i1 %16, label %17, label %31

17:                                               ; preds = %13
  %18 = getelementptr inbounds i8, ptr %0, i64 40
  br label %19

19:                                               ; preds = %26, %17
  %20 = phi i32 [ 0, %17 ], [ %27, %26 ]
  %21 = load atomic i32, ptr %18 monotonic, align 4
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %23, label %26

23:                                               ; preds = %19
  %24 = atomicrmw xchg ptr %18, i32 1 acquire, align 4
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %29, label %26

26:                                               ; preds = %23, %19
  %27 = add nuw nsw i32 %20, 1
  %28 = icmp eq i32 %27, 67108864
  br i1 %28, label %31, label %19, !llvm.loop !13

29:                                               ; preds = %23
  %30 = tail call i64 @pb_htab_batch(ptr noundef nonnull %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4, i64 noundef %5, i32 noundef %6, i32 noundef %7) #3
  store atomic i32 0, ptr %18 release, align 4
  br label %31

31:                                               ; preds = %26, %8, %10, %13, %29
  %32 = phi i64 [ %30, %29 ], [ -22, %13 ], [ -22, %10 ], [ -22, %8 ], [ -35, %26 ]
  ret i64 %32
}

declare i64 @pb_htab_batch(ptr noundef, ptr noundef, ptr noundef, ptr noundef, ptr noundef, i64 noundef, i32 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local range(i64 0, 4294967296) i64 @pb_map_count(ptr noundef readonly %0) local_unnamed_addr #2 {
  %2 = icmp eq ptr %0, null
  br i1 %2, label %10, label %3

3:                                                ; preds = %1
  %4 = load i32, ptr %0, align 8, !tbaa !3
  %5 = icmp eq i32 %4, 1346522448
  br i1 %5, label %6, label %10

6:                                                ; preds = %3
  %7 = getelementptr inbounds i8, ptr %0, i64 72
  %8 = load i32, ptr %7, align 8, !tbaa !17
  %9 = zext i32 %8 to i64
  br label %10

10:                                               ; preds = %1, %3, %6
  %11 = phi i64 [ %9, %6 ], [ 0, %3 ], [ 0, %1 ]
  ret i64 %11
}

declare i64 @pb_array_update(ptr noundef, ptr noundef, ptr noundef, i64 noundef, i32 noundef, i32 noundef) local_unnamed_addr #1

declare i64 @pb_htab_update(ptr noundef, ptr noundef, ptr noundef, i64 noundef, i32 noundef, i32 noundef) local_unnamed_addr #1

declare i64 @pb_lpm_update(ptr noundef, ptr noundef, ptr noundef, i64 noundef) local_unnamed_addr #1

declare i64 @pb_array_delete(ptr noundef, ptr noundef) local_unnamed_addr #1

declare i64 @pb_htab_delete(ptr noundef, ptr noundef) local_unnamed_addr #1

declare i64 @pb_lpm_delete(ptr noundef, ptr noundef) local_unnamed_addr #1

declare i64 @pb_queue_get(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #3 = { nobuiltin nounwind "no-builtins" }
attributes #4 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!4, !5, i64 0}
!4 = !{!"pb_map", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !5, i64 40, !5, i64 44, !8, i64 48, !9, i64 56, !8, i64 64, !5, i64 72, !5, i64 76}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"long long", !6, i64 0}
!9 = !{!"any pointer", !6, i64 0}
!10 = !{!4, !5, i64 44}
!11 = !{!4, !5, i64 4}
!12 = !{!4, !5, i64 28}
!13 = distinct !{!13, !14, !15}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.unroll.disable"}
!16 = !{!4, !5, i64 36}
!17 = !{!4, !5, i64 72}
