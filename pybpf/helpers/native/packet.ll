; ModuleID = 'packet.c'
source_filename = "packet.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
define dso_local range(i64 0, 65536) i64 @pbh_csum_diff(ptr nocapture noundef readonly %0, i32 noundef %1, ptr nocapture noundef readonly %2, i32 noundef %3, i64 noundef %4) local_unnamed_addr #0 {
  %6 = trunc i64 %4 to i32
  %7 = icmp ne i32 %1, 0
  %8 = icmp ne i32 %3, 0
  %9 = and i1 %7, %8
  br i1 %9, label %10, label %103

10:                                               ; preds = %5
  %11 = zext i32 %3 to i64
  %12 = and i64 %4, 4294967295
  %13 = icmp ult i32 %3, 8
  br i1 %13, label %26, label %14

14:                                               ; preds = %10, %14
  %15 = phi i64 [ %24, %14 ], [ 8, %10 ]
  %16 = phi i64 [ %15, %14 ], [ 0, %10 ]
  %17 = phi i64 [ %23, %14 ], [ %12, %10 ]
  %18 = getelementptr inbounds i8, ptr %2, i64 %16
  %19 = load i64, ptr %18, align 1
  %20 = add i64 %19, %17
  %21 = icmp ult i64 %20, %19
  %22 = zext i1 %21 to i64
  %23 = add i64 %20, %22
  %24 = add nuw nsw i64 %15, 8
  %25 = icmp ugt i64 %24, %11
  br i1 %25, label %26, label %14, !llvm.loop !3

26:                                               ; preds = %14, %10
  %27 = phi i64 [ %12, %10 ], [ %23, %14 ]
  %28 = phi i64 [ 0, %10 ], [ %15, %14 ]
  %29 = and i64 %11, 7
  %30 = icmp eq i64 %29, 0
  br i1 %30, label %49, label %31

31:                                               ; preds = %26
  %32 = getelementptr i8, ptr %2, i64 %28
  br label %38

33:                                               ; preds = %38
  %34 = add i64 %46, %27
  %35 = icmp ult i64 %34, %46
  %36 = zext i1 %35 to i64
  %37 = add i64 %34, %36
  br label %49

38:                                               ; preds = %38, %31
  %39 = phi i64 [ 0, %31 ], [ %47, %38 ]
  %40 = phi i64 [ 0, %31 ], [ %46, %38 ]
  %41 = getelementptr i8, ptr %32, i64 %39
  %42 = load i8, ptr %41, align 1, !tbaa !6
  %43 = zext i8 %42 to i64
  %44 = shl nuw nsw i64 %39, 3
  %45 = shl nuw nsw i64 %43, %44
  %46 = or i64 %45, %40
  %47 = add nuw nsw i64 %39, 1
  %48 = icmp eq i64 %47, %29
  br i1 %48, label %33, label %38, !llvm.loop !9

49:                                               ; preds = %26, %33
  %50 = phi i64 [ %37, %33 ], [ %27, %26 ]
  %51 = tail call i64 @llvm.fshl.i64(i64 %50, i64 %50, i64 32)
  %52 = add i64 %51, %50
  %53 = lshr i64 %52, 32
  %54 = trunc nuw i64 %53 to i32
  %55 = zext i32 %1 to i64
  %56 = icmp ult i32 %1, 8
  br i1 %56, label %69, label %57

57:                                               ; preds = %49, %57
  %58 = phi i64 [ %67, %57 ], [ 8, %49 ]
  %59 = phi i64 [ %58, %57 ], [ 0, %49 ]
  %60 = phi i64 [ %66, %57 ], [ 0, %49 ]
  %61 = getelementptr inbounds i8, ptr %0, i64 %59
  %62 = load i64, ptr %61, align 1
  %63 = add i64 %62, %60
  %64 = icmp ult i64 %63, %62
  %65 = zext i1 %64 to i64
  %66 = add i64 %63, %65
  %67 = add nuw nsw i64 %58, 8
  %68 = icmp ugt i64 %67, %55
  br i1 %68, label %69, label %57, !llvm.loop !3

69:                                               ; preds = %57, %49
  %70 = phi i64 [ 0, %49 ], [ %66, %57 ]
  %71 = phi i64 [ 0, %49 ], [ %58, %57 ]
  %72 = and i64 %55, 7
  %73 = icmp eq i64 %72, 0
  br i1 %73, label %92, label %74

74:                                               ; preds = %69
  %75 = getelementptr i8, ptr %0, i64 %71
  br label %81

76:                                               ; preds = %81
  %77 = add i64 %89, %70
  %78 = icmp ult i64 %77, %89
  %79 = zext i1 %78 to i64
  %80 = add i64 %77, %79
  br label %92

81:                                               ; preds = %81, %74
  %82 = phi i64 [ 0, %74 ], [ %90, %81 ]
  %83 = phi i64 [ 0, %74 ], [ %89, %81 ]
  %84 = getelementptr i8, ptr %75, i64 %82
  %85 = load i8, ptr %84, align 1, !tbaa !6
  %86 = zext i8 %85 to i64
  %87 = shl nuw nsw i64 %82, 3
  %88 = shl nuw nsw i64 %86, %87
  %89 = or i64 %88, %83
  %90 = add nuw nsw i64 %82, 1
  %91 = icmp eq i64 %90, %72
  br i1 %91, label %76, label %81, !llvm.loop !9

92:                                               ; preds = %69, %76
  %93 = phi i64 [ %80, %76 ], [ %70, %69 ]
  %94 = tail call i64 @llvm.fshl.i64(i64 %93, i64 %93, i64 32)
  %95 = add i64 %94, %93
  %96 = lshr i64 %95, 32
  %97 = trunc nuw i64 %96 to i32
  %98 = xor i32 %97, -1
  %99 = add i32 %98, %54
  %100 = icmp ult i32 %99, %98
  %101 = zext i1 %100 to i32
  %102 = add i32 %99, %101
  br label %197

103:                                              ; preds = %5
  br i1 %8, label %104, label %149

104:                                              ; preds = %103
  %105 = zext i32 %3 to i64
  %106 = and i64 %4, 4294967295
  %107 = icmp ult i32 %3, 8
  br i1 %107, label %120, label %108

108:                                              ; preds = %104, %108
  %109 = phi i64 [ %118, %108 ], [ 8, %104 ]
  %110 = phi i64 [ %109, %108 ], [ 0, %104 ]
  %111 = phi i64 [ %117, %108 ], [ %106, %104 ]
  %112 = getelementptr inbounds i8, ptr %2, i64 %110
  %113 = load i64, ptr %112, align 1
  %114 = add i64 %113, %111
  %115 = icmp ult i64 %114, %113
  %116 = zext i1 %115 to i64
  %117 = add i64 %114, %116
  %118 = add nuw nsw i64 %109, 8
  %119 = icmp ugt i64 %118, %105
  br i1 %119, label %120, label %108, !llvm.loop !3

120:                                              ; preds = %108, %104
  %121 = phi i64 [ %106, %104 ], [ %117, %108 ]
  %122 = phi i64 [ 0, %104 ], [ %109, %108 ]
  %123 = and i64 %105, 7
  %124 = icmp eq i64 %123, 0
  br i1 %124, label %143, label %125

125:                                              ; preds = %120
  %126 = getelementptr i8, ptr %2, i64 %122
  br label %132

127:                                              ; preds = %132
  %128 = add i64 %140, %121
  %129 = icmp ult i64 %128, %140
  %130 = zext i1 %129 to i64
  %131 = add i64 %128, %130
  br label %143

132:                                              ; preds = %132, %125
  %133 = phi i64 [ 0, %125 ], [ %141, %132 ]
  %134 = phi i64 [ 0, %125 ], [ %140, %132 ]
  %135 = getelementptr i8, ptr %126, i64 %133
  %136 = load i8, ptr %135, align 1, !tbaa !6
  %137 = zext i8 %136 to i64
  %138 = shl nuw nsw i64 %133, 3
  %139 = shl nuw nsw i64 %137, %138
  %140 = or i64 %139, %134
  %141 = add nuw nsw i64 %133, 1
  %142 = icmp eq i64 %141, %123
  br i1 %142, label %127, label %132, !llvm.loop !9

143:                                              ; preds = %120, %127
  %144 = phi i64 [ %131, %127 ], [ %121, %120 ]
  %145 = tail call i64 @llvm.fshl.i64(i64 %144, i64 %144, i64 32)
  %146 = add i64 %145, %144
  %147 = lshr i64 %146, 32
  %148 = trunc nuw i64 %147 to i32
  br label %197

149:                                              ; preds = %103
  br i1 %7, label %150, label %197

150:                                              ; preds = %149
  %151 = zext i32 %1 to i64
  %152 = and i64 %4, 4294967295
  %153 = xor i64 %152, 4294967295
  %154 = icmp ult i32 %1, 8
  br i1 %154, label %167, label %155

155:                                              ; preds = %150, %155
  %156 = phi i64 [ %165, %155 ], [ 8, %150 ]
  %157 = phi i64 [ %156, %155 ], [ 0, %150 ]
  %158 = phi i64 [ %164, %155 ], [ %153, %150 ]
  %159 = getelementptr inbounds i8, ptr %0, i64 %157
  %160 = load i64, ptr %159, align 1
  %161 = add i64 %160, %158
  %162 = icmp ult i64 %161, %160
  %163 = zext i1 %162 to i64
  %164 = add i64 %161, %163
  %165 = add nuw nsw i64 %156, 8
  %166 = icmp ugt i64 %165, %151
  br i1 %166, label %167, label %155, !llvm.loop !3

167:                                              ; preds = %155, %150
  %168 = phi i64 [ %153, %150 ], [ %164, %155 ]
  %169 = phi i64 [ 0, %150 ], [ %156, %155 ]
  %170 = and i64 %151, 7
  %171 = icmp eq i64 %170, 0
  br i1 %171, label %190, label %172

172:                                              ; preds = %167
  %173 = getelementptr i8, ptr %0, i64 %169
  br label %179

174:                                              ; preds = %179
  %175 = add i64 %187, %168
  %176 = icmp ult i64 %175, %187
  %177 = zext i1 %176 to i64
  %178 = add i64 %175, %177
  br label %190

179:                                              ; preds = %179, %172
  %180 = phi i64 [ 0, %172 ], [ %188, %179 ]
  %181 = phi i64 [ 0, %172 ], [ %187, %179 ]
  %182 = getelementptr i8, ptr %173, i64 %180
  %183 = load i8, ptr %182, align 1, !tbaa !6
  %184 = zext i8 %183 to i64
  %185 = shl nuw nsw i64 %180, 3
  %186 = shl nuw nsw i64 %184, %185
  %187 = or i64 %186, %181
  %188 = add nuw nsw i64 %180, 1
  %189 = icmp eq i64 %188, %170
  br i1 %189, label %174, label %179, !llvm.loop !9

190:                                              ; preds = %167, %174
  %191 = phi i64 [ %178, %174 ], [ %168, %167 ]
  %192 = tail call i64 @llvm.fshl.i64(i64 %191, i64 %191, i64 32)
  %193 = add i64 %192, %191
  %194 = lshr i64 %193, 32
  %195 = trunc nuw i64 %194 to i32
  %196 = xor i32 %195, -1
  br label %197

197:                                              ; preds = %143, %190, %149, %92
  %198 = phi i32 [ %102, %92 ], [ %148, %143 ], [ %196, %190 ], [ %6, %149 ]
  %199 = tail call i32 @llvm.fshl.i32(i32 %198, i32 %198, i32 16)
  %200 = add i32 %199, %198
  %201 = lshr i32 %200, 16
  %202 = zext nneg i32 %201 to i64
  ret i64 %202
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local range(i64 -22, 1) i64 @pbh_xdp_adjust_head(ptr nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 128
  %4 = load ptr, ptr %3, align 8, !tbaa !10
  %5 = shl i64 %1, 32
  %6 = ashr exact i64 %5, 32
  %7 = icmp eq ptr %4, null
  br i1 %7, label %68, label %8

8:                                                ; preds = %2
  %9 = getelementptr inbounds i8, ptr %4, i64 24
  %10 = load ptr, ptr %9, align 8, !tbaa !17
  %11 = ptrtoint ptr %10 to i64
  %12 = getelementptr inbounds i8, ptr %4, i64 16
  %13 = load ptr, ptr %12, align 8, !tbaa !19
  %14 = load ptr, ptr %4, align 8, !tbaa !20
  %15 = icmp ugt ptr %13, %14
  %16 = ptrtoint ptr %14 to i64
  %17 = ptrtoint ptr %13 to i64
  %18 = sub i64 %16, %17
  %19 = select i1 %15, i64 0, i64 %18
  %20 = add i64 %6, %16
  %21 = add i64 %20, -40
  %22 = add i64 %19, %11
  %23 = sub i64 %21, %22
  %24 = icmp slt i64 %23, 0
  br i1 %24, label %68, label %25

25:                                               ; preds = %8
  %26 = getelementptr inbounds i8, ptr %4, i64 8
  %27 = load ptr, ptr %26, align 8, !tbaa !21
  %28 = ptrtoint ptr %27 to i64
  %29 = add i64 %20, 14
  %30 = sub i64 %29, %28
  %31 = icmp sgt i64 %30, 0
  br i1 %31, label %68, label %32

32:                                               ; preds = %25
  %33 = icmp eq i64 %19, 0
  br i1 %33, label %51, label %34

34:                                               ; preds = %32
  %35 = getelementptr inbounds i8, ptr %13, i64 %6
  %36 = icmp slt i64 %6, 0
  br i1 %36, label %37, label %44

37:                                               ; preds = %34, %37
  %38 = phi i64 [ %42, %37 ], [ 0, %34 ]
  %39 = getelementptr inbounds i8, ptr %13, i64 %38
  %40 = load i8, ptr %39, align 1, !tbaa !6
  %41 = getelementptr inbounds i8, ptr %35, i64 %38
  store i8 %40, ptr %41, align 1, !tbaa !6
  %42 = add nuw i64 %38, 1
  %43 = icmp ult i64 %42, %19
  br i1 %43, label %37, label %51, !llvm.loop !22

44:                                               ; preds = %34, %44
  %45 = phi i64 [ %46, %44 ], [ %18, %34 ]
  %46 = add i64 %45, -1
  %47 = getelementptr inbounds i8, ptr %13, i64 %46
  %48 = load i8, ptr %47, align 1, !tbaa !6
  %49 = getelementptr inbounds i8, ptr %35, i64 %46
  store i8 %48, ptr %49, align 1, !tbaa !6
  %50 = icmp eq i64 %46, 0
  br i1 %50, label %51, label %44, !llvm.loop !23

51:                                               ; preds = %44, %37, %32
  %52 = load ptr, ptr %12, align 8, !tbaa !19
  %53 = getelementptr inbounds i8, ptr %52, i64 %6
  store ptr %53, ptr %12, align 8, !tbaa !19
  %54 = inttoptr i64 %20 to ptr
  store ptr %54, ptr %4, align 8, !tbaa !20
  %55 = getelementptr inbounds i8, ptr %4, i64 32
  %56 = load ptr, ptr %55, align 8, !tbaa !24
  %57 = trunc i64 %20 to i32
  store i32 %57, ptr %56, align 1
  %58 = load ptr, ptr %55, align 8, !tbaa !24
  %59 = getelementptr inbounds i8, ptr %58, i64 4
  %60 = load ptr, ptr %26, align 8, !tbaa !21
  %61 = ptrtoint ptr %60 to i64
  %62 = trunc i64 %61 to i32
  store i32 %62, ptr %59, align 1
  %63 = load ptr, ptr %55, align 8, !tbaa !24
  %64 = getelementptr inbounds i8, ptr %63, i64 8
  %65 = load ptr, ptr %12, align 8, !tbaa !19
  %66 = ptrtoint ptr %65 to i64
  %67 = trunc i64 %66 to i32
  store i32 %67, ptr %64, align 1
  br label %68

68:                                               ; preds = %8, %25, %2, %51
  %69 = phi i64 [ 0, %51 ], [ -22, %2 ], [ -22, %25 ], [ -22, %8 ]
  ret i64 %69
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local range(i64 -22, 1) i64 @pbh_xdp_adjust_tail(ptr nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 128
  %4 = load ptr, ptr %3, align 8, !tbaa !10
  %5 = shl i64 %1, 32
  %6 = ashr exact i64 %5, 32
  %7 = icmp eq ptr %4, null
  br i1 %7, label %65, label %8

8:                                                ; preds = %2
  %9 = getelementptr inbounds i8, ptr %4, i64 24
  %10 = load ptr, ptr %9, align 8, !tbaa !17
  %11 = ptrtoint ptr %10 to i64
  %12 = getelementptr inbounds i8, ptr %4, i64 40
  %13 = load i32, ptr %12, align 8, !tbaa !25
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %4, i64 8
  %16 = load ptr, ptr %15, align 8, !tbaa !21
  %17 = ptrtoint ptr %16 to i64
  %18 = add i64 %6, %17
  %19 = add i64 %11, %14
  %20 = sub i64 %18, %19
  %21 = add i64 %20, 320
  %22 = icmp sgt i64 %21, 0
  br i1 %22, label %65, label %23

23:                                               ; preds = %8
  %24 = load ptr, ptr %4, align 8, !tbaa !20
  %25 = ptrtoint ptr %24 to i64
  %26 = add i64 %18, -14
  %27 = sub i64 %26, %25
  %28 = icmp slt i64 %27, 0
  br i1 %28, label %65, label %29

29:                                               ; preds = %23
  %30 = icmp sgt i64 %6, 0
  br i1 %30, label %31, label %47

31:                                               ; preds = %29
  %32 = icmp ult i64 %6, 8
  br i1 %32, label %33, label %36

33:                                               ; preds = %36, %31
  %34 = phi i64 [ 0, %31 ], [ %37, %36 ]
  %35 = icmp ult i64 %34, %6
  br i1 %35, label %42, label %47

36:                                               ; preds = %31, %36
  %37 = phi i64 [ %40, %36 ], [ 8, %31 ]
  %38 = phi i64 [ %37, %36 ], [ 0, %31 ]
  %39 = getelementptr inbounds i8, ptr %16, i64 %38
  store i64 0, ptr %39, align 1
  %40 = add nuw i64 %37, 8
  %41 = icmp ugt i64 %40, %6
  br i1 %41, label %33, label %36, !llvm.loop !26

42:                                               ; preds = %33, %42
  %43 = phi i64 [ %45, %42 ], [ %34, %33 ]
  %44 = getelementptr inbounds i8, ptr %16, i64 %43
  store i8 0, ptr %44, align 1, !tbaa !6
  %45 = add nuw i64 %43, 1
  %46 = icmp eq i64 %45, %6
  br i1 %46, label %47, label %42, !llvm.loop !27

47:                                               ; preds = %42, %33, %29
  %48 = inttoptr i64 %18 to ptr
  store ptr %48, ptr %15, align 8, !tbaa !21
  %49 = getelementptr inbounds i8, ptr %4, i64 32
  %50 = load ptr, ptr %49, align 8, !tbaa !24
  %51 = load ptr, ptr %4, align 8, !tbaa !20
  %52 = ptrtoint ptr %51 to i64
  %53 = trunc i64 %52 to i32
  store i32 %53, ptr %50, align 1
  %54 = load ptr, ptr %49, align 8, !tbaa !24
  %55 = getelementptr inbounds i8, ptr %54, i64 4
  %56 = load ptr, ptr %15, align 8, !tbaa !21
  %57 = ptrtoint ptr %56 to i64
  %58 = trunc i64 %57 to i32
  store i32 %58, ptr %55, align 1
  %59 = load ptr, ptr %49, align 8, !tbaa !24
  %60 = getelementptr inbounds i8, ptr %59, i64 8
  %61 = getelementptr inbounds i8, ptr %4, i64 16
  %62 = load ptr, ptr %61, align 8, !tbaa !19
  %63 = ptrtoint ptr %62 to i64
  %64 = trunc i64 %63 to i32
  store i32 %64, ptr %60, align 1
  br label %65

65:                                               ; preds = %23, %8, %2, %47
  %66 = phi i64 [ 0, %47 ], [ -22, %2 ], [ -22, %8 ], [ -22, %23 ]
  ret i64 %66
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none)
define dso_local range(i64 -524, 1) i64 @pbh_xdp_adjust_meta(ptr nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #3 {
  %3 = getelementptr inbounds i8, ptr %0, i64 128
  %4 = load ptr, ptr %3, align 8, !tbaa !10
  %5 = icmp eq ptr %4, null
  br i1 %5, label %46, label %6

6:                                                ; preds = %2
  %7 = shl i64 %1, 32
  %8 = ashr exact i64 %7, 32
  %9 = getelementptr inbounds i8, ptr %4, i64 16
  %10 = load ptr, ptr %9, align 8, !tbaa !19
  %11 = ptrtoint ptr %10 to i64
  %12 = add i64 %8, %11
  %13 = load ptr, ptr %4, align 8, !tbaa !20
  %14 = icmp ugt ptr %10, %13
  br i1 %14, label %46, label %15

15:                                               ; preds = %6
  %16 = getelementptr inbounds i8, ptr %4, i64 24
  %17 = load ptr, ptr %16, align 8, !tbaa !17
  %18 = ptrtoint ptr %17 to i64
  %19 = add i64 %12, -40
  %20 = sub i64 %19, %18
  %21 = icmp slt i64 %20, 0
  br i1 %21, label %46, label %22

22:                                               ; preds = %15
  %23 = ptrtoint ptr %13 to i64
  %24 = sub i64 %12, %23
  %25 = icmp sgt i64 %24, 0
  br i1 %25, label %46, label %26

26:                                               ; preds = %22
  %27 = sub i64 %23, %12
  %28 = and i64 %27, -253
  %29 = icmp eq i64 %28, 0
  br i1 %29, label %30, label %46

30:                                               ; preds = %26
  %31 = inttoptr i64 %12 to ptr
  store ptr %31, ptr %9, align 8, !tbaa !19
  %32 = getelementptr inbounds i8, ptr %4, i64 32
  %33 = load ptr, ptr %32, align 8, !tbaa !24
  %34 = trunc i64 %23 to i32
  store i32 %34, ptr %33, align 1
  %35 = load ptr, ptr %32, align 8, !tbaa !24
  %36 = getelementptr inbounds i8, ptr %35, i64 4
  %37 = getelementptr inbounds i8, ptr %4, i64 8
  %38 = load ptr, ptr %37, align 8, !tbaa !21
  %39 = ptrtoint ptr %38 to i64
  %40 = trunc i64 %39 to i32
  store i32 %40, ptr %36, align 1
  %41 = load ptr, ptr %32, align 8, !tbaa !24
  %42 = getelementptr inbounds i8, ptr %41, i64 8
  %43 = load ptr, ptr %9, align 8, !tbaa !19
  %44 = ptrtoint ptr %43 to i64
  %45 = trunc i64 %44 to i32
  store i32 %45, ptr %42, align 1
  br label %46

46:                                               ; preds = %26, %15, %22, %6, %2, %30
  %47 = phi i64 [ 0, %30 ], [ -22, %2 ], [ -524, %6 ], [ -22, %22 ], [ -22, %15 ], [ -13, %26 ]
  ret i64 %47
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none)
define dso_local i64 @pbh_xdp_get_buff_len(ptr nocapture noundef readonly %0) local_unnamed_addr #4 {
  %2 = getelementptr inbounds i8, ptr %0, i64 128
  %3 = load ptr, ptr %2, align 8, !tbaa !10
  %4 = icmp eq ptr %3, null
  br i1 %4, label %12, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %3, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !21
  %8 = load ptr, ptr %3, align 8, !tbaa !20
  %9 = ptrtoint ptr %7 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  br label %12

12:                                               ; preds = %1, %5
  %13 = phi i64 [ %11, %5 ], [ 0, %1 ]
  ret i64 %13
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -22, 1) i64 @pbh_xdp_load_bytes(ptr nocapture noundef readonly %0, i32 noundef %1, ptr nocapture noundef writeonly %2, i32 noundef %3) local_unnamed_addr #5 {
  %5 = getelementptr inbounds i8, ptr %0, i64 128
  %6 = load ptr, ptr %5, align 8, !tbaa !10
  %7 = icmp eq ptr %6, null
  br i1 %7, label %44, label %8

8:                                                ; preds = %4
  %9 = load ptr, ptr %6, align 8, !tbaa !20
  %10 = or i32 %3, %1
  %11 = icmp ult i32 %10, 65536
  br i1 %11, label %12, label %44

12:                                               ; preds = %8
  %13 = getelementptr inbounds i8, ptr %6, i64 8
  %14 = load ptr, ptr %13, align 8, !tbaa !21
  %15 = ptrtoint ptr %14 to i64
  %16 = ptrtoint ptr %9 to i64
  %17 = sub i64 %15, %16
  %18 = add nuw nsw i32 %3, %1
  %19 = zext nneg i32 %18 to i64
  %20 = icmp ult i64 %17, %19
  br i1 %20, label %44, label %21

21:                                               ; preds = %12
  %22 = zext nneg i32 %1 to i64
  %23 = getelementptr inbounds i8, ptr %9, i64 %22
  %24 = zext nneg i32 %3 to i64
  %25 = icmp ult i32 %3, 8
  br i1 %25, label %26, label %29

26:                                               ; preds = %29, %21
  %27 = phi i64 [ 0, %21 ], [ %30, %29 ]
  %28 = icmp ult i64 %27, %24
  br i1 %28, label %37, label %44

29:                                               ; preds = %21, %29
  %30 = phi i64 [ %35, %29 ], [ 8, %21 ]
  %31 = phi i64 [ %30, %29 ], [ 0, %21 ]
  %32 = getelementptr inbounds i8, ptr %2, i64 %31
  %33 = getelementptr inbounds i8, ptr %23, i64 %31
  %34 = load i64, ptr %33, align 1
  store i64 %34, ptr %32, align 1
  %35 = add nuw nsw i64 %30, 8
  %36 = icmp ugt i64 %35, %24
  br i1 %36, label %26, label %29, !llvm.loop !28

37:                                               ; preds = %26, %37
  %38 = phi i64 [ %42, %37 ], [ %27, %26 ]
  %39 = getelementptr inbounds i8, ptr %23, i64 %38
  %40 = load i8, ptr %39, align 1, !tbaa !6
  %41 = getelementptr inbounds i8, ptr %2, i64 %38
  store i8 %40, ptr %41, align 1, !tbaa !6
  %42 = add nuw nsw i64 %38, 1
  %43 = icmp eq i64 %42, %24
  br i1 %43, label %44, label %37, !llvm.loop !29

44:                                               ; preds = %37, %12, %8, %4, %26
  %45 = phi i64 [ 0, %26 ], [ -22, %12 ], [ -14, %8 ], [ -22, %4 ], [ 0, %37 ]
  ret i64 %45
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local range(i64 -22, 1) i64 @pbh_xdp_store_bytes(ptr nocapture noundef readonly %0, i32 noundef %1, ptr nocapture noundef readonly %2, i32 noundef %3) local_unnamed_addr #2 {
  %5 = getelementptr inbounds i8, ptr %0, i64 128
  %6 = load ptr, ptr %5, align 8, !tbaa !10
  %7 = icmp eq ptr %6, null
  br i1 %7, label %44, label %8

8:                                                ; preds = %4
  %9 = load ptr, ptr %6, align 8, !tbaa !20
  %10 = or i32 %3, %1
  %11 = icmp ult i32 %10, 65536
  br i1 %11, label %12, label %44

12:                                               ; preds = %8
  %13 = getelementptr inbounds i8, ptr %6, i64 8
  %14 = load ptr, ptr %13, align 8, !tbaa !21
  %15 = ptrtoint ptr %14 to i64
  %16 = ptrtoint ptr %9 to i64
  %17 = sub i64 %15, %16
  %18 = add nuw nsw i32 %3, %1
  %19 = zext nneg i32 %18 to i64
  %20 = icmp ult i64 %17, %19
  br i1 %20, label %44, label %21

21:                                               ; preds = %12
  %22 = zext nneg i32 %1 to i64
  %23 = getelementptr inbounds i8, ptr %9, i64 %22
  %24 = zext nneg i32 %3 to i64
  %25 = icmp ult i32 %3, 8
  br i1 %25, label %26, label %29

26:                                               ; preds = %29, %21
  %27 = phi i64 [ 0, %21 ], [ %30, %29 ]
  %28 = icmp ult i64 %27, %24
  br i1 %28, label %37, label %44

29:                                               ; preds = %21, %29
  %30 = phi i64 [ %35, %29 ], [ 8, %21 ]
  %31 = phi i64 [ %30, %29 ], [ 0, %21 ]
  %32 = getelementptr inbounds i8, ptr %23, i64 %31
  %33 = getelementptr inbounds i8, ptr %2, i64 %31
  %34 = load i64, ptr %33, align 1
  store i64 %34, ptr %32, align 1
  %35 = add nuw nsw i64 %30, 8
  %36 = icmp ugt i64 %35, %24
  br i1 %36, label %26, label %29, !llvm.loop !28

37:                                               ; preds = %26, %37
  %38 = phi i64 [ %42, %37 ], [ %27, %26 ]
  %39 = getelementptr inbounds i8, ptr %2, i64 %38
  %40 = load i8, ptr %39, align 1, !tbaa !6
  %41 = getelementptr inbounds i8, ptr %23, i64 %38
  store i8 %40, ptr %41, align 1, !tbaa !6
  %42 = add nuw nsw i64 %38, 1
  %43 = icmp eq i64 %42, %24
  br i1 %43, label %44, label %37, !llvm.loop !29

44:                                               ; preds = %37, %12, %8, %4, %26
  %45 = phi i64 [ 0, %26 ], [ -22, %12 ], [ -14, %8 ], [ -22, %4 ], [ 0, %37 ]
  ret i64 %45
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -14, 1) i64 @pbh_skb_load_bytes(ptr nocapture noundef readonly %0, i32 noundef %1, ptr nocapture noundef writeonly %2, i32 noundef %3) local_unnamed_addr #5 {
  %5 = getelementptr inbounds i8, ptr %0, i64 136
  %6 = load ptr, ptr %5, align 8, !tbaa !30
  %7 = icmp eq ptr %6, null
  %8 = icmp slt i32 %1, 0
  %9 = or i1 %8, %7
  br i1 %9, label %10, label %12

10:                                               ; preds = %4
  %11 = zext i32 %3 to i64
  br label %20

12:                                               ; preds = %4
  %13 = getelementptr inbounds i8, ptr %6, i64 32
  %14 = load i32, ptr %13, align 8, !tbaa !31
  %15 = zext i32 %14 to i64
  %16 = zext nneg i32 %1 to i64
  %17 = sub nsw i64 %15, %16
  %18 = zext i32 %3 to i64
  %19 = icmp slt i64 %17, %18
  br i1 %19, label %20, label %37

20:                                               ; preds = %10, %12
  %21 = phi i64 [ %11, %10 ], [ %18, %12 ]
  %22 = icmp ult i32 %3, 8
  br i1 %22, label %23, label %26

23:                                               ; preds = %26, %20
  %24 = phi i64 [ 0, %20 ], [ %27, %26 ]
  %25 = icmp ult i64 %24, %21
  br i1 %25, label %32, label %60

26:                                               ; preds = %20, %26
  %27 = phi i64 [ %30, %26 ], [ 8, %20 ]
  %28 = phi i64 [ %27, %26 ], [ 0, %20 ]
  %29 = getelementptr inbounds i8, ptr %2, i64 %28
  store i64 0, ptr %29, align 1
  %30 = add nuw nsw i64 %27, 8
  %31 = icmp ugt i64 %30, %21
  br i1 %31, label %23, label %26, !llvm.loop !26

32:                                               ; preds = %23, %32
  %33 = phi i64 [ %35, %32 ], [ %24, %23 ]
  %34 = getelementptr inbounds i8, ptr %2, i64 %33
  store i8 0, ptr %34, align 1, !tbaa !6
  %35 = add nuw i64 %33, 1
  %36 = icmp eq i64 %35, %21
  br i1 %36, label %60, label %32, !llvm.loop !27

37:                                               ; preds = %12
  %38 = getelementptr inbounds i8, ptr %6, i64 8
  %39 = load ptr, ptr %38, align 8, !tbaa !33
  %40 = getelementptr inbounds i8, ptr %39, i64 %16
  %41 = icmp ult i32 %3, 8
  br i1 %41, label %42, label %45

42:                                               ; preds = %45, %37
  %43 = phi i64 [ 0, %37 ], [ %46, %45 ]
  %44 = icmp ult i64 %43, %18
  br i1 %44, label %53, label %60

45:                                               ; preds = %37, %45
  %46 = phi i64 [ %51, %45 ], [ 8, %37 ]
  %47 = phi i64 [ %46, %45 ], [ 0, %37 ]
  %48 = getelementptr inbounds i8, ptr %2, i64 %47
  %49 = getelementptr inbounds i8, ptr %40, i64 %47
  %50 = load i64, ptr %49, align 1
  store i64 %50, ptr %48, align 1
  %51 = add nuw nsw i64 %46, 8
  %52 = icmp ugt i64 %51, %18
  br i1 %52, label %42, label %45, !llvm.loop !28

53:                                               ; preds = %42, %53
  %54 = phi i64 [ %58, %53 ], [ %43, %42 ]
  %55 = getelementptr inbounds i8, ptr %40, i64 %54
  %56 = load i8, ptr %55, align 1, !tbaa !6
  %57 = getelementptr inbounds i8, ptr %2, i64 %54
  store i8 %56, ptr %57, align 1, !tbaa !6
  %58 = add nuw nsw i64 %54, 1
  %59 = icmp eq i64 %58, %18
  br i1 %59, label %60, label %53, !llvm.loop !29

60:                                               ; preds = %53, %32, %42, %23
  %61 = phi i64 [ -14, %23 ], [ 0, %42 ], [ -14, %32 ], [ 0, %53 ]
  ret i64 %61
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -14, 1) i64 @pbh_skb_load_bytes_relative(ptr nocapture noundef readonly %0, i32 noundef %1, ptr nocapture noundef writeonly %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #5 {
  %6 = getelementptr inbounds i8, ptr %0, i64 136
  %7 = load ptr, ptr %6, align 8, !tbaa !30
  %8 = icmp eq ptr %7, null
  %9 = icmp ugt i32 %1, 65535
  %10 = or i1 %9, %8
  br i1 %10, label %53, label %11

11:                                               ; preds = %5
  %12 = load ptr, ptr %7, align 8, !tbaa !34
  switch i32 %4, label %53 [
    i32 0, label %14
    i32 1, label %13
  ]

13:                                               ; preds = %11
  br label %14

14:                                               ; preds = %11, %13
  %15 = phi i64 [ 40, %13 ], [ 36, %11 ]
  %16 = getelementptr inbounds i8, ptr %7, i64 %15
  %17 = load i32, ptr %16, align 4, !tbaa !35
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds i8, ptr %12, i64 %18
  %20 = zext nneg i32 %1 to i64
  %21 = getelementptr inbounds i8, ptr %19, i64 %20
  %22 = icmp ult ptr %21, %12
  br i1 %22, label %53, label %23

23:                                               ; preds = %14
  %24 = getelementptr inbounds i8, ptr %7, i64 8
  %25 = load ptr, ptr %24, align 8, !tbaa !33
  %26 = getelementptr inbounds i8, ptr %7, i64 32
  %27 = load i32, ptr %26, align 8, !tbaa !31
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds i8, ptr %25, i64 %28
  %30 = zext i32 %3 to i64
  %31 = getelementptr inbounds i8, ptr %21, i64 %30
  %32 = icmp ugt ptr %31, %29
  br i1 %32, label %53, label %33

33:                                               ; preds = %23
  %34 = icmp ult i32 %3, 8
  br i1 %34, label %35, label %38

35:                                               ; preds = %38, %33
  %36 = phi i64 [ 0, %33 ], [ %39, %38 ]
  %37 = icmp ult i64 %36, %30
  br i1 %37, label %46, label %70

38:                                               ; preds = %33, %38
  %39 = phi i64 [ %44, %38 ], [ 8, %33 ]
  %40 = phi i64 [ %39, %38 ], [ 0, %33 ]
  %41 = getelementptr inbounds i8, ptr %2, i64 %40
  %42 = getelementptr inbounds i8, ptr %21, i64 %40
  %43 = load i64, ptr %42, align 1
  store i64 %43, ptr %41, align 1
  %44 = add nuw nsw i64 %39, 8
  %45 = icmp ugt i64 %44, %30
  br i1 %45, label %35, label %38, !llvm.loop !28

46:                                               ; preds = %35, %46
  %47 = phi i64 [ %51, %46 ], [ %36, %35 ]
  %48 = getelementptr inbounds i8, ptr %21, i64 %47
  %49 = load i8, ptr %48, align 1, !tbaa !6
  %50 = getelementptr inbounds i8, ptr %2, i64 %47
  store i8 %49, ptr %50, align 1, !tbaa !6
  %51 = add nuw nsw i64 %47, 1
  %52 = icmp eq i64 %51, %30
  br i1 %52, label %70, label %46, !llvm.loop !29

53:                                               ; preds = %11, %14, %23, %5
  %54 = zext i32 %3 to i64
  %55 = icmp ult i32 %3, 8
  br i1 %55, label %56, label %59

56:                                               ; preds = %59, %53
  %57 = phi i64 [ 0, %53 ], [ %60, %59 ]
  %58 = icmp ult i64 %57, %54
  br i1 %58, label %65, label %70

59:                                               ; preds = %53, %59
  %60 = phi i64 [ %63, %59 ], [ 8, %53 ]
  %61 = phi i64 [ %60, %59 ], [ 0, %53 ]
  %62 = getelementptr inbounds i8, ptr %2, i64 %61
  store i64 0, ptr %62, align 1
  %63 = add nuw nsw i64 %60, 8
  %64 = icmp ugt i64 %63, %54
  br i1 %64, label %56, label %59, !llvm.loop !26

65:                                               ; preds = %56, %65
  %66 = phi i64 [ %68, %65 ], [ %57, %56 ]
  %67 = getelementptr inbounds i8, ptr %2, i64 %66
  store i8 0, ptr %67, align 1, !tbaa !6
  %68 = add nuw i64 %66, 1
  %69 = icmp eq i64 %68, %54
  br i1 %69, label %70, label %65, !llvm.loop !27

70:                                               ; preds = %46, %65, %56, %35
  %71 = phi i64 [ 0, %35 ], [ -14, %56 ], [ -14, %65 ], [ 0, %46 ]
  ret i64 %71
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local range(i64 -22, 1) i64 @pbh_skb_store_bytes(ptr nocapture noundef readonly %0, i32 noundef %1, ptr nocapture noundef readonly %2, i32 noundef %3, i64 noundef %4) local_unnamed_addr #2 {
  %6 = getelementptr inbounds i8, ptr %0, i64 136
  %7 = load ptr, ptr %6, align 8, !tbaa !30
  %8 = icmp ult i64 %4, 4
  br i1 %8, label %9, label %78

9:                                                ; preds = %5
  %10 = icmp eq ptr %7, null
  %11 = icmp slt i32 %1, 0
  %12 = or i1 %11, %10
  br i1 %12, label %78, label %13

13:                                               ; preds = %9
  %14 = add i32 %3, %1
  %15 = getelementptr inbounds i8, ptr %7, i64 32
  %16 = load i32, ptr %15, align 8, !tbaa !31
  %17 = icmp ugt i32 %14, %16
  br i1 %17, label %78, label %18

18:                                               ; preds = %13
  %19 = getelementptr inbounds i8, ptr %7, i64 8
  %20 = load ptr, ptr %19, align 8, !tbaa !33
  %21 = zext nneg i32 %1 to i64
  %22 = getelementptr inbounds i8, ptr %20, i64 %21
  %23 = zext i32 %3 to i64
  %24 = icmp ult i32 %3, 8
  br i1 %24, label %25, label %28

25:                                               ; preds = %28, %18
  %26 = phi i64 [ 0, %18 ], [ %29, %28 ]
  %27 = icmp ult i64 %26, %23
  br i1 %27, label %36, label %43

28:                                               ; preds = %18, %28
  %29 = phi i64 [ %34, %28 ], [ 8, %18 ]
  %30 = phi i64 [ %29, %28 ], [ 0, %18 ]
  %31 = getelementptr inbounds i8, ptr %22, i64 %30
  %32 = getelementptr inbounds i8, ptr %2, i64 %30
  %33 = load i64, ptr %32, align 1
  store i64 %33, ptr %31, align 1
  %34 = add nuw nsw i64 %29, 8
  %35 = icmp ugt i64 %34, %23
  br i1 %35, label %25, label %28, !llvm.loop !28

36:                                               ; preds = %25, %36
  %37 = phi i64 [ %41, %36 ], [ %26, %25 ]
  %38 = getelementptr inbounds i8, ptr %2, i64 %37
  %39 = load i8, ptr %38, align 1, !tbaa !6
  %40 = getelementptr inbounds i8, ptr %22, i64 %37
  store i8 %39, ptr %40, align 1, !tbaa !6
  %41 = add nuw nsw i64 %37, 1
  %42 = icmp eq i64 %41, %23
  br i1 %42, label %43, label %36, !llvm.loop !29

43:                                               ; preds = %36, %25
  %44 = icmp ult i64 %4, 2
  br i1 %44, label %47, label %45

45:                                               ; preds = %43
  %46 = getelementptr inbounds i8, ptr %7, i64 48
  store i32 0, ptr %46, align 8, !tbaa !36
  br label %47

47:                                               ; preds = %45, %43
  %48 = getelementptr inbounds i8, ptr %7, i64 24
  %49 = load ptr, ptr %48, align 8, !tbaa !37
  %50 = load i32, ptr %15, align 8, !tbaa !31
  store i32 %50, ptr %49, align 1
  %51 = load ptr, ptr %48, align 8, !tbaa !37
  %52 = getelementptr inbounds i8, ptr %51, i64 68
  %53 = getelementptr inbounds i8, ptr %7, i64 48
  %54 = load i32, ptr %53, align 8, !tbaa !36
  store i32 %54, ptr %52, align 1
  %55 = getelementptr inbounds i8, ptr %7, i64 44
  %56 = load i32, ptr %55, align 4, !tbaa !38
  %57 = and i32 %56, 1
  %58 = icmp eq i32 %57, 0
  br i1 %58, label %78, label %59

59:                                               ; preds = %47
  %60 = load ptr, ptr %48, align 8, !tbaa !37
  %61 = getelementptr inbounds i8, ptr %60, i64 76
  %62 = load ptr, ptr %19, align 8, !tbaa !33
  %63 = ptrtoint ptr %62 to i64
  %64 = trunc i64 %63 to i32
  store i32 %64, ptr %61, align 1
  %65 = load ptr, ptr %48, align 8, !tbaa !37
  %66 = getelementptr inbounds i8, ptr %65, i64 80
  %67 = load ptr, ptr %19, align 8, !tbaa !33
  %68 = load i32, ptr %15, align 8, !tbaa !31
  %69 = zext i32 %68 to i64
  %70 = getelementptr inbounds i8, ptr %67, i64 %69
  %71 = ptrtoint ptr %70 to i64
  %72 = trunc i64 %71 to i32
  store i32 %72, ptr %66, align 1
  %73 = load ptr, ptr %48, align 8, !tbaa !37
  %74 = getelementptr inbounds i8, ptr %73, i64 140
  %75 = load ptr, ptr %19, align 8, !tbaa !33
  %76 = ptrtoint ptr %75 to i64
  %77 = trunc i64 %76 to i32
  store i32 %77, ptr %74, align 1
  br label %78

78:                                               ; preds = %59, %47, %13, %9, %5
  %79 = phi i64 [ -22, %5 ], [ -14, %9 ], [ -14, %13 ], [ 0, %47 ], [ 0, %59 ]
  ret i64 %79
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local range(i64 2, 8) i64 @pbh_redirect_tc(ptr nocapture noundef %0, i32 noundef %1, i64 noundef %2) local_unnamed_addr #6 {
  %4 = icmp ult i64 %2, 2
  br i1 %4, label %5, label %14

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i64 144
  %7 = load i32, ptr %6, align 8, !tbaa !39
  %8 = add i32 %7, 1
  store i32 %8, ptr %6, align 8, !tbaa !39
  %9 = getelementptr inbounds i8, ptr %0, i64 168
  store i32 1, ptr %9, align 8, !tbaa !40
  %10 = getelementptr inbounds i8, ptr %0, i64 148
  store i32 %1, ptr %10, align 4, !tbaa !41
  %11 = getelementptr inbounds i8, ptr %0, i64 152
  store i64 %2, ptr %11, align 8, !tbaa !42
  %12 = getelementptr inbounds i8, ptr %0, i64 160
  store i32 0, ptr %12, align 8, !tbaa !43
  %13 = getelementptr inbounds i8, ptr %0, i64 164
  store i32 0, ptr %13, align 4, !tbaa !44
  br label %14

14:                                               ; preds = %3, %5
  %15 = phi i64 [ 7, %5 ], [ 2, %3 ]
  ret i64 %15
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local range(i64 0, 5) i64 @pbh_redirect_xdp(ptr nocapture noundef %0, i32 noundef %1, i64 noundef %2) local_unnamed_addr #6 {
  %4 = icmp eq i64 %2, 0
  br i1 %4, label %5, label %14

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i64 144
  %7 = load i32, ptr %6, align 8, !tbaa !39
  %8 = add i32 %7, 1
  store i32 %8, ptr %6, align 8, !tbaa !39
  %9 = getelementptr inbounds i8, ptr %0, i64 168
  store i32 2, ptr %9, align 8, !tbaa !40
  %10 = getelementptr inbounds i8, ptr %0, i64 148
  store i32 %1, ptr %10, align 4, !tbaa !41
  %11 = getelementptr inbounds i8, ptr %0, i64 152
  store i64 0, ptr %11, align 8, !tbaa !42
  %12 = getelementptr inbounds i8, ptr %0, i64 160
  store i32 2147483647, ptr %12, align 8, !tbaa !43
  %13 = getelementptr inbounds i8, ptr %0, i64 164
  store i32 0, ptr %13, align 4, !tbaa !44
  br label %14

14:                                               ; preds = %3, %5
  %15 = phi i64 [ 4, %5 ], [ 0, %3 ]
  ret i64 %15
}

; Function Attrs: nounwind
define dso_local range(i64 0, 5) i64 @pbh_redirect_map(ptr nocapture noundef %0, ptr noundef %1, i64 noundef %2, i64 noundef %3) local_unnamed_addr #7 {
  %5 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5) #10
  %6 = trunc i64 %2 to i32
  store i32 %6, ptr %5, align 4, !tbaa !35
  %7 = getelementptr inbounds i8, ptr %1, i64 4
  %8 = load i32, ptr %7, align 4, !tbaa !45
  switch i32 %8, label %41 [
    i32 14, label %11
    i32 25, label %11
    i32 16, label %9
    i32 17, label %10
  ]

9:                                                ; preds = %4
  br label %11

10:                                               ; preds = %4
  br label %11

11:                                               ; preds = %4, %4, %10, %9
  %12 = phi i64 [ -28, %4 ], [ -28, %4 ], [ -4, %9 ], [ -4, %10 ]
  %13 = and i64 %12, %3
  %14 = icmp eq i64 %13, 0
  br i1 %14, label %15, label %41

15:                                               ; preds = %11
  %16 = getelementptr inbounds i8, ptr %0, i64 8
  %17 = load i32, ptr %16, align 8, !tbaa !47
  %18 = call ptr @pb_map_value_addr(ptr noundef nonnull %1, ptr noundef nonnull %5, i32 noundef %17) #11
  %19 = icmp eq ptr %18, null
  %20 = and i64 %3, 8
  %21 = icmp eq i64 %20, 0
  %22 = and i1 %21, %19
  br i1 %22, label %23, label %27

23:                                               ; preds = %15
  %24 = getelementptr inbounds i8, ptr %0, i64 160
  store i32 2147483647, ptr %24, align 8, !tbaa !43
  %25 = getelementptr inbounds i8, ptr %0, i64 164
  store i32 0, ptr %25, align 4, !tbaa !44
  %26 = and i64 %3, 3
  br label %41

27:                                               ; preds = %15
  %28 = load i32, ptr %5, align 4, !tbaa !35
  %29 = select i1 %21, i64 0, i64 %3
  %30 = getelementptr inbounds i8, ptr %1, i64 24
  %31 = load i32, ptr %30, align 8, !tbaa !48
  %32 = load i32, ptr %7, align 4, !tbaa !45
  %33 = getelementptr inbounds i8, ptr %0, i64 144
  %34 = load i32, ptr %33, align 8, !tbaa !39
  %35 = add i32 %34, 1
  store i32 %35, ptr %33, align 8, !tbaa !39
  %36 = getelementptr inbounds i8, ptr %0, i64 168
  store i32 3, ptr %36, align 8, !tbaa !40
  %37 = getelementptr inbounds i8, ptr %0, i64 148
  store i32 %28, ptr %37, align 4, !tbaa !41
  %38 = getelementptr inbounds i8, ptr %0, i64 152
  store i64 %29, ptr %38, align 8, !tbaa !42
  %39 = getelementptr inbounds i8, ptr %0, i64 160
  store i32 %31, ptr %39, align 8, !tbaa !43
  %40 = getelementptr inbounds i8, ptr %0, i64 164
  store i32 %32, ptr %40, align 4, !tbaa !44
  br label %41

41:                                               ; preds = %11, %4, %27, %23
  %42 = phi i64 [ 4, %27 ], [ %26, %23 ], [ 0, %4 ], [ 0, %11 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #10
  ret i64 %42
}

declare ptr @pb_map_value_addr(ptr noundef, ptr noundef, i32 noundef) local_unnamed_addr #8

; Function Attrs: nounwind
define dso_local range(i64 -95, 1) i64 @pbh_perf_event_output(ptr nocapture noundef %0, ptr noundef %1, i64 noundef %2, ptr nocapture noundef readonly %3, i64 noundef %4, i32 noundef %5) local_unnamed_addr #7 {
  %7 = alloca [4 x i8], align 4
  %8 = lshr i64 %2, 32
  %9 = and i64 %8, 1048575
  %10 = and i64 %2, 4294967295
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %7) #10
  %11 = icmp eq i32 %5, 0
  br i1 %11, label %12, label %14

12:                                               ; preds = %6
  %13 = icmp ult i64 %2, 4294967296
  br i1 %13, label %42, label %177

14:                                               ; preds = %6
  %15 = icmp ult i64 %2, 4503599627370496
  br i1 %15, label %16, label %177

16:                                               ; preds = %14
  %17 = icmp eq i32 %5, 1
  br i1 %17, label %18, label %30

18:                                               ; preds = %16
  %19 = getelementptr inbounds i8, ptr %0, i64 136
  %20 = load ptr, ptr %19, align 8, !tbaa !30
  %21 = icmp eq ptr %20, null
  br i1 %21, label %177, label %22

22:                                               ; preds = %18
  %23 = getelementptr inbounds i8, ptr %20, i64 32
  %24 = load i32, ptr %23, align 8, !tbaa !31
  %25 = zext i32 %24 to i64
  %26 = icmp ugt i64 %9, %25
  br i1 %26, label %177, label %27

27:                                               ; preds = %22
  %28 = getelementptr inbounds i8, ptr %20, i64 8
  %29 = load ptr, ptr %28, align 8, !tbaa !33
  br label %42

30:                                               ; preds = %16
  %31 = getelementptr inbounds i8, ptr %0, i64 128
  %32 = load ptr, ptr %31, align 8, !tbaa !10
  %33 = icmp eq ptr %32, null
  br i1 %33, label %177, label %34

34:                                               ; preds = %30
  %35 = getelementptr inbounds i8, ptr %32, i64 8
  %36 = load ptr, ptr %35, align 8, !tbaa !21
  %37 = load ptr, ptr %32, align 8, !tbaa !20
  %38 = ptrtoint ptr %36 to i64
  %39 = ptrtoint ptr %37 to i64
  %40 = sub i64 %38, %39
  %41 = icmp ugt i64 %9, %40
  br i1 %41, label %177, label %42

42:                                               ; preds = %34, %12, %27
  %43 = phi ptr [ %29, %27 ], [ null, %12 ], [ %37, %34 ]
  %44 = phi i64 [ %9, %27 ], [ 0, %12 ], [ %9, %34 ]
  %45 = getelementptr inbounds i8, ptr %1, i64 4
  %46 = load i32, ptr %45, align 4, !tbaa !45
  %47 = icmp eq i32 %46, 4
  br i1 %47, label %48, label %177

48:                                               ; preds = %42
  %49 = icmp eq i64 %10, 4294967295
  br i1 %49, label %50, label %54

50:                                               ; preds = %48
  %51 = getelementptr inbounds i8, ptr %0, i64 8
  %52 = load i32, ptr %51, align 8, !tbaa !47
  %53 = zext i32 %52 to i64
  br label %54

54:                                               ; preds = %50, %48
  %55 = phi i64 [ %53, %50 ], [ %10, %48 ]
  %56 = getelementptr inbounds i8, ptr %1, i64 16
  %57 = load i32, ptr %56, align 8, !tbaa !49
  %58 = zext i32 %57 to i64
  %59 = icmp ult i64 %55, %58
  br i1 %59, label %60, label %177

60:                                               ; preds = %54
  %61 = tail call ptr @pb_array_present(ptr noundef nonnull %1) #11
  %62 = getelementptr inbounds i8, ptr %61, i64 %55
  %63 = load i8, ptr %62, align 1, !tbaa !6
  %64 = icmp eq i8 %63, 0
  br i1 %64, label %177, label %65

65:                                               ; preds = %60
  %66 = getelementptr inbounds i8, ptr %0, i64 8
  %67 = load i32, ptr %66, align 8, !tbaa !47
  %68 = zext i32 %67 to i64
  %69 = icmp eq i64 %55, %68
  br i1 %69, label %70, label %177

70:                                               ; preds = %65
  %71 = icmp ugt i64 %4, 4294967280
  %72 = sub nuw nsw i64 4294967280, %4
  %73 = icmp ugt i64 %44, %72
  %74 = select i1 %71, i1 true, i1 %73
  br i1 %74, label %177, label %75

75:                                               ; preds = %70
  store i32 %67, ptr %7, align 4
  %76 = getelementptr inbounds i8, ptr %0, i64 208
  %77 = add nuw nsw i64 %4, 4
  %78 = add nuw nsw i64 %77, %44
  %79 = add nuw nsw i64 %78, 7
  %80 = and i64 %79, 34359738360
  %81 = add nuw nsw i64 %80, 8
  %82 = load ptr, ptr %76, align 8, !tbaa !50
  %83 = icmp eq ptr %82, null
  br i1 %83, label %167, label %84

84:                                               ; preds = %75
  %85 = getelementptr inbounds i8, ptr %0, i64 224
  %86 = load i64, ptr %85, align 8, !tbaa !51
  %87 = add i64 %86, %81
  %88 = getelementptr inbounds i8, ptr %0, i64 216
  %89 = load i64, ptr %88, align 8, !tbaa !52
  %90 = icmp ugt i64 %87, %89
  br i1 %90, label %167, label %91

91:                                               ; preds = %84
  %92 = getelementptr inbounds i8, ptr %82, i64 %86
  %93 = trunc i64 %78 to i32
  store i32 %93, ptr %92, align 1
  %94 = getelementptr inbounds i8, ptr %92, i64 4
  %95 = getelementptr inbounds i8, ptr %1, i64 24
  %96 = load i32, ptr %95, align 8, !tbaa !48
  store i32 %96, ptr %94, align 1
  %97 = getelementptr inbounds i8, ptr %92, i64 8
  br label %98

98:                                               ; preds = %91, %98
  %99 = phi i64 [ %103, %98 ], [ 0, %91 ]
  %100 = getelementptr inbounds i8, ptr %7, i64 %99
  %101 = load i8, ptr %100, align 1, !tbaa !6
  %102 = getelementptr inbounds i8, ptr %97, i64 %99
  store i8 %101, ptr %102, align 1, !tbaa !6
  %103 = add nuw nsw i64 %99, 1
  %104 = icmp eq i64 %103, 4
  br i1 %104, label %105, label %98, !llvm.loop !29

105:                                              ; preds = %98
  %106 = getelementptr inbounds i8, ptr %92, i64 12
  %107 = icmp ult i64 %4, 8
  br i1 %107, label %108, label %111

108:                                              ; preds = %111, %105
  %109 = phi i64 [ 0, %105 ], [ %112, %111 ]
  %110 = icmp ult i64 %109, %4
  br i1 %110, label %119, label %126

111:                                              ; preds = %105, %111
  %112 = phi i64 [ %117, %111 ], [ 8, %105 ]
  %113 = phi i64 [ %112, %111 ], [ 0, %105 ]
  %114 = getelementptr inbounds i8, ptr %106, i64 %113
  %115 = getelementptr inbounds i8, ptr %3, i64 %113
  %116 = load i64, ptr %115, align 1
  store i64 %116, ptr %114, align 1
  %117 = add nuw i64 %112, 8
  %118 = icmp ugt i64 %117, %4
  br i1 %118, label %108, label %111, !llvm.loop !28

119:                                              ; preds = %108, %119
  %120 = phi i64 [ %124, %119 ], [ %109, %108 ]
  %121 = getelementptr inbounds i8, ptr %3, i64 %120
  %122 = load i8, ptr %121, align 1, !tbaa !6
  %123 = getelementptr inbounds i8, ptr %106, i64 %120
  store i8 %122, ptr %123, align 1, !tbaa !6
  %124 = add nuw nsw i64 %120, 1
  %125 = icmp eq i64 %124, %4
  br i1 %125, label %126, label %119, !llvm.loop !29

126:                                              ; preds = %119, %108
  %127 = icmp eq i64 %44, 0
  br i1 %127, label %149, label %128

128:                                              ; preds = %126
  %129 = getelementptr inbounds i8, ptr %106, i64 %4
  %130 = icmp ult i64 %44, 8
  br i1 %130, label %131, label %134

131:                                              ; preds = %134, %128
  %132 = phi i64 [ 0, %128 ], [ %135, %134 ]
  %133 = icmp ult i64 %132, %44
  br i1 %133, label %142, label %149

134:                                              ; preds = %128, %134
  %135 = phi i64 [ %140, %134 ], [ 8, %128 ]
  %136 = phi i64 [ %135, %134 ], [ 0, %128 ]
  %137 = getelementptr inbounds i8, ptr %129, i64 %136
  %138 = getelementptr inbounds i8, ptr %43, i64 %136
  %139 = load i64, ptr %138, align 1
  store i64 %139, ptr %137, align 1
  %140 = add nuw nsw i64 %135, 8
  %141 = icmp ugt i64 %140, %44
  br i1 %141, label %131, label %134, !llvm.loop !28

142:                                              ; preds = %131, %142
  %143 = phi i64 [ %147, %142 ], [ %132, %131 ]
  %144 = getelementptr inbounds i8, ptr %43, i64 %143
  %145 = load i8, ptr %144, align 1, !tbaa !6
  %146 = getelementptr inbounds i8, ptr %129, i64 %143
  store i8 %145, ptr %146, align 1, !tbaa !6
  %147 = add nuw nsw i64 %143, 1
  %148 = icmp eq i64 %147, %44
  br i1 %148, label %149, label %142, !llvm.loop !29

149:                                              ; preds = %142, %131, %126
  %150 = getelementptr inbounds i8, ptr %97, i64 %78
  %151 = sub nsw i64 %80, %78
  %152 = icmp ult i64 %151, 8
  br i1 %152, label %153, label %156

153:                                              ; preds = %156, %149
  %154 = phi i64 [ 0, %149 ], [ %157, %156 ]
  %155 = icmp ult i64 %154, %151
  br i1 %155, label %162, label %171

156:                                              ; preds = %149, %156
  %157 = phi i64 [ %160, %156 ], [ 8, %149 ]
  %158 = phi i64 [ %157, %156 ], [ 0, %149 ]
  %159 = getelementptr inbounds i8, ptr %150, i64 %158
  store i64 0, ptr %159, align 1
  %160 = add nuw i64 %157, 8
  %161 = icmp ugt i64 %160, %151
  br i1 %161, label %153, label %156, !llvm.loop !26

162:                                              ; preds = %153, %162
  %163 = phi i64 [ %165, %162 ], [ %154, %153 ]
  %164 = getelementptr inbounds i8, ptr %150, i64 %163
  store i8 0, ptr %164, align 1, !tbaa !6
  %165 = add nuw i64 %163, 1
  %166 = icmp eq i64 %165, %151
  br i1 %166, label %171, label %162, !llvm.loop !27

167:                                              ; preds = %75, %84
  %168 = getelementptr inbounds i8, ptr %0, i64 236
  %169 = load i32, ptr %168, align 4, !tbaa !53
  %170 = add i32 %169, 1
  store i32 %170, ptr %168, align 4, !tbaa !53
  br label %177

171:                                              ; preds = %162, %153
  %172 = load i64, ptr %85, align 8, !tbaa !51
  %173 = add i64 %172, %81
  store i64 %173, ptr %85, align 8, !tbaa !51
  %174 = getelementptr inbounds i8, ptr %0, i64 232
  %175 = load i32, ptr %174, align 8, !tbaa !54
  %176 = add i32 %175, 1
  store i32 %176, ptr %174, align 8, !tbaa !54
  br label %177

177:                                              ; preds = %171, %167, %70, %65, %60, %54, %42, %30, %34, %18, %22, %14, %12
  %178 = phi i64 [ -22, %12 ], [ -22, %14 ], [ -14, %22 ], [ -14, %18 ], [ -14, %34 ], [ -14, %30 ], [ -22, %42 ], [ -7, %54 ], [ -2, %60 ], [ -95, %65 ], [ -7, %70 ], [ 0, %171 ], [ -28, %167 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %7) #10
  ret i64 %178
}

declare ptr @pb_array_present(ptr noundef) local_unnamed_addr #8

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fshl.i64(i64, i64, i64) #9

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #9

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #7 = { nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #8 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #9 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nounwind }
attributes #11 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = distinct !{!3, !4, !5}
!4 = !{!"llvm.loop.mustprogress"}
!5 = !{!"llvm.loop.unroll.disable"}
!6 = !{!7, !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !4, !5}
!10 = !{!11, !14, i64 128}
!11 = !{!"pbh_env", !12, i64 0, !12, i64 4, !12, i64 8, !12, i64 12, !13, i64 16, !13, i64 24, !7, i64 32, !7, i64 48, !13, i64 80, !14, i64 88, !7, i64 96, !12, i64 112, !12, i64 116, !14, i64 120, !14, i64 128, !14, i64 136, !15, i64 144, !16, i64 176, !16, i64 208, !12, i64 240, !12, i64 244}
!12 = !{!"int", !7, i64 0}
!13 = !{!"long long", !7, i64 0}
!14 = !{!"any pointer", !7, i64 0}
!15 = !{!"pbh_redirect", !12, i64 0, !12, i64 4, !13, i64 8, !12, i64 16, !12, i64 20, !12, i64 24, !12, i64 28}
!16 = !{!"pbh_log", !14, i64 0, !13, i64 8, !13, i64 16, !12, i64 24, !12, i64 28}
!17 = !{!18, !14, i64 24}
!18 = !{!"pbh_xdp", !14, i64 0, !14, i64 8, !14, i64 16, !14, i64 24, !14, i64 32, !12, i64 40, !12, i64 44}
!19 = !{!18, !14, i64 16}
!20 = !{!18, !14, i64 0}
!21 = !{!18, !14, i64 8}
!22 = distinct !{!22, !4, !5}
!23 = distinct !{!23, !4, !5}
!24 = !{!18, !14, i64 32}
!25 = !{!18, !12, i64 40}
!26 = distinct !{!26, !4, !5}
!27 = distinct !{!27, !4, !5}
!28 = distinct !{!28, !4, !5}
!29 = distinct !{!29, !4, !5}
!30 = !{!11, !14, i64 136}
!31 = !{!32, !12, i64 32}
!32 = !{!"pbh_skb", !14, i64 0, !14, i64 8, !14, i64 16, !14, i64 24, !12, i64 32, !12, i64 36, !12, i64 40, !12, i64 44, !12, i64 48, !12, i64 52}
!33 = !{!32, !14, i64 8}
!34 = !{!32, !14, i64 0}
!35 = !{!12, !12, i64 0}
!36 = !{!32, !12, i64 48}
!37 = !{!32, !14, i64 24}
!38 = !{!32, !12, i64 44}
!39 = !{!11, !12, i64 144}
!40 = !{!11, !12, i64 168}
!41 = !{!11, !12, i64 148}
!42 = !{!11, !13, i64 152}
!43 = !{!11, !12, i64 160}
!44 = !{!11, !12, i64 164}
!45 = !{!46, !12, i64 4}
!46 = !{!"pb_map", !12, i64 0, !12, i64 4, !12, i64 8, !12, i64 12, !12, i64 16, !12, i64 20, !12, i64 24, !12, i64 28, !12, i64 32, !12, i64 36, !12, i64 40, !12, i64 44, !13, i64 48, !14, i64 56, !13, i64 64, !12, i64 72, !12, i64 76}
!47 = !{!11, !12, i64 8}
!48 = !{!46, !12, i64 24}
!49 = !{!46, !12, i64 16}
!50 = !{!16, !14, i64 0}
!51 = !{!16, !13, i64 16}
!52 = !{!16, !13, i64 8}
!53 = !{!16, !12, i64 28}
!54 = !{!16, !12, i64 24}
