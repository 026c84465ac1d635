; ModuleID = 'lru.c'
source_filename = "lru.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pb_lru_list = type { [3 x i32], [2 x i32], i32, i32 }
%struct.pb_hnode = type { i32, i32, i32, i32, i8, i8, i16 }
%struct.pb_lru_loc = type { i32, i32, i32, i32 }

; Function Attrs: nounwind
define dso_local i32 @pb_lru_pop_free(ptr nocapture noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 12
  %5 = load i32, ptr %4, align 4, !tbaa !3
  %6 = icmp ugt i32 %5, %2
  %7 = select i1 %6, i32 %2, i32 0
  %8 = load i32, ptr %0, align 8, !tbaa !10
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %71, label %10

10:                                               ; preds = %3
  %11 = getelementptr inbounds i8, ptr %0, i64 64
  %12 = load ptr, ptr %11, align 8, !tbaa !11
  %13 = getelementptr inbounds i8, ptr %0, i64 48
  %14 = load ptr, ptr %13, align 8, !tbaa !12
  %15 = zext i32 %7 to i64
  %16 = getelementptr inbounds %struct.pb_lru_list, ptr %14, i64 %15
  %17 = getelementptr inbounds i8, ptr %16, i64 8
  %18 = load i32, ptr %17, align 4, !tbaa !13
  tail call fastcc void @list_rotate(ptr noundef nonnull readonly %0, ptr noundef %16) #7
  %19 = zext i32 %18 to i64
  %20 = getelementptr inbounds %struct.pb_hnode, ptr %12, i64 %19, i32 3
  %21 = load i32, ptr %20, align 4, !tbaa !14
  %22 = icmp eq i32 %21, %18
  br i1 %22, label %23, label %25

23:                                               ; preds = %10
  tail call fastcc void @list_shrink(ptr noundef nonnull readonly %0, ptr noundef nonnull %16, i32 noundef 4, i32 noundef %18, i32 noundef 2) #7
  %24 = load i32, ptr %20, align 4, !tbaa !14
  br label %25

25:                                               ; preds = %23, %10
  %26 = phi i32 [ %24, %23 ], [ %21, %10 ]
  %27 = icmp eq i32 %26, %18
  br i1 %27, label %325, label %28

28:                                               ; preds = %25
  %29 = zext i32 %26 to i64
  %30 = getelementptr inbounds %struct.pb_hnode, ptr %12, i64 %29
  %31 = getelementptr inbounds i8, ptr %30, i64 4
  store i32 %1, ptr %31, align 4, !tbaa !17
  %32 = getelementptr inbounds i8, ptr %30, i64 17
  store i8 0, ptr %32, align 1, !tbaa !18
  %33 = load ptr, ptr %11, align 8, !tbaa !11
  %34 = getelementptr inbounds %struct.pb_hnode, ptr %33, i64 %29
  %35 = getelementptr inbounds i8, ptr %34, i64 16
  %36 = load i8, ptr %35, align 4, !tbaa !19
  %37 = icmp ult i8 %36, 3
  br i1 %37, label %38, label %325

38:                                               ; preds = %28
  switch i8 %36, label %39 [
    i8 1, label %49
    i8 2, label %45
  ]

39:                                               ; preds = %38
  %40 = getelementptr inbounds i8, ptr %16, i64 12
  %41 = zext nneg i8 %36 to i64
  %42 = getelementptr inbounds [2 x i32], ptr %40, i64 0, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !13
  %44 = add i32 %43, -1
  store i32 %44, ptr %42, align 4, !tbaa !13
  br label %45

45:                                               ; preds = %39, %38
  %46 = getelementptr inbounds i8, ptr %16, i64 16
  %47 = load i32, ptr %46, align 4, !tbaa !13
  %48 = add i32 %47, 1
  store i32 %48, ptr %46, align 4, !tbaa !13
  store i8 1, ptr %35, align 4, !tbaa !19
  br label %49

49:                                               ; preds = %45, %38
  %50 = getelementptr inbounds i8, ptr %34, i64 17
  store i8 0, ptr %50, align 1, !tbaa !18
  %51 = getelementptr inbounds i8, ptr %16, i64 20
  %52 = load i32, ptr %51, align 4, !tbaa !20
  %53 = icmp eq i32 %52, %26
  %54 = getelementptr inbounds i8, ptr %34, i64 8
  %55 = load i32, ptr %54, align 4, !tbaa !21
  br i1 %53, label %56, label %57

56:                                               ; preds = %49
  store i32 %55, ptr %51, align 4, !tbaa !20
  br label %57

57:                                               ; preds = %56, %49
  %58 = getelementptr inbounds i8, ptr %16, i64 4
  %59 = load i32, ptr %58, align 4, !tbaa !13
  %60 = getelementptr inbounds i8, ptr %34, i64 12
  %61 = load i32, ptr %60, align 4, !tbaa !14
  %62 = zext i32 %55 to i64
  %63 = getelementptr inbounds %struct.pb_hnode, ptr %33, i64 %62, i32 3
  store i32 %61, ptr %63, align 4, !tbaa !14
  %64 = zext i32 %61 to i64
  %65 = getelementptr inbounds %struct.pb_hnode, ptr %33, i64 %64, i32 2
  store i32 %55, ptr %65, align 4, !tbaa !21
  %66 = zext i32 %59 to i64
  %67 = getelementptr inbounds %struct.pb_hnode, ptr %33, i64 %66, i32 3
  %68 = load i32, ptr %67, align 4, !tbaa !14
  store i32 %68, ptr %60, align 4, !tbaa !14
  store i32 %59, ptr %54, align 4, !tbaa !21
  %69 = zext i32 %68 to i64
  %70 = getelementptr inbounds %struct.pb_hnode, ptr %33, i64 %69, i32 2
  store i32 %26, ptr %70, align 4, !tbaa !21
  store i32 %26, ptr %67, align 4, !tbaa !14
  br label %325

71:                                               ; preds = %3
  %72 = getelementptr inbounds i8, ptr %0, i64 56
  %73 = load ptr, ptr %72, align 8, !tbaa !22
  %74 = zext i32 %7 to i64
  %75 = getelementptr inbounds %struct.pb_lru_loc, ptr %73, i64 %74
  %76 = getelementptr inbounds i8, ptr %0, i64 64
  %77 = load ptr, ptr %76, align 8, !tbaa !11
  %78 = load i32, ptr %75, align 4, !tbaa !23
  %79 = zext i32 %78 to i64
  %80 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %79, i32 3
  %81 = load i32, ptr %80, align 4, !tbaa !14
  %82 = icmp eq i32 %81, %78
  br i1 %82, label %95, label %83

83:                                               ; preds = %71
  %84 = zext i32 %81 to i64
  %85 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %84
  %86 = getelementptr inbounds i8, ptr %85, i64 8
  %87 = load i32, ptr %86, align 4, !tbaa !21
  %88 = getelementptr inbounds i8, ptr %85, i64 12
  %89 = load i32, ptr %88, align 4, !tbaa !14
  %90 = zext i32 %87 to i64
  %91 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %90, i32 3
  store i32 %89, ptr %91, align 4, !tbaa !14
  %92 = zext i32 %89 to i64
  %93 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %92, i32 2
  store i32 %87, ptr %93, align 4, !tbaa !21
  %94 = icmp eq i32 %81, -1
  br i1 %94, label %95, label %219

95:                                               ; preds = %83, %71
  %96 = getelementptr inbounds i8, ptr %0, i64 16
  %97 = getelementptr inbounds i8, ptr %0, i64 24
  %98 = load i32, ptr %97, align 4, !tbaa !13
  %99 = getelementptr inbounds i8, ptr %75, i64 4
  %100 = load i32, ptr %99, align 4, !tbaa !25
  %101 = zext i32 %100 to i64
  %102 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %101, i32 2
  %103 = load i32, ptr %102, align 4, !tbaa !21
  %104 = icmp eq i32 %103, %100
  br i1 %104, label %142, label %105

105:                                              ; preds = %95, %140
  %106 = phi i32 [ %109, %140 ], [ %103, %95 ]
  %107 = zext i32 %106 to i64
  %108 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %107, i32 2
  %109 = load i32, ptr %108, align 4, !tbaa !21
  %110 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %107
  %111 = getelementptr inbounds i8, ptr %110, i64 16
  %112 = load i8, ptr %111, align 4, !tbaa !19
  %113 = icmp ugt i8 %112, 2
  br i1 %113, label %114, label %140

114:                                              ; preds = %105
  %115 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %107, i32 5
  %116 = load i8, ptr %115, align 1, !tbaa !18
  %117 = icmp eq i8 %116, 0
  %118 = select i1 %117, i64 4, i64 0
  %119 = getelementptr inbounds i8, ptr %96, i64 %118
  %120 = zext i1 %117 to i8
  %121 = select i1 %117, i64 16, i64 12
  %122 = getelementptr inbounds i8, ptr %96, i64 %121
  %123 = load i32, ptr %122, align 4, !tbaa !13
  %124 = add i32 %123, 1
  store i32 %124, ptr %122, align 4, !tbaa !13
  store i8 %120, ptr %111, align 4, !tbaa !19
  %125 = getelementptr inbounds i8, ptr %110, i64 17
  store i8 0, ptr %125, align 1, !tbaa !18
  %126 = load i32, ptr %119, align 4, !tbaa !13
  %127 = getelementptr inbounds i8, ptr %110, i64 8
  %128 = load i32, ptr %127, align 4, !tbaa !21
  %129 = getelementptr inbounds i8, ptr %110, i64 12
  %130 = load i32, ptr %129, align 4, !tbaa !14
  %131 = zext i32 %128 to i64
  %132 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %131, i32 3
  store i32 %130, ptr %132, align 4, !tbaa !14
  %133 = zext i32 %130 to i64
  %134 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %133, i32 2
  store i32 %128, ptr %134, align 4, !tbaa !21
  %135 = zext i32 %126 to i64
  %136 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %135, i32 3
  %137 = load i32, ptr %136, align 4, !tbaa !14
  store i32 %137, ptr %129, align 4, !tbaa !14
  store i32 %126, ptr %127, align 4, !tbaa !21
  %138 = zext i32 %137 to i64
  %139 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %138, i32 2
  store i32 %106, ptr %139, align 4, !tbaa !21
  store i32 %106, ptr %136, align 4, !tbaa !14
  br label %140

140:                                              ; preds = %114, %105
  %141 = icmp eq i32 %109, %100
  br i1 %141, label %142, label %105, !llvm.loop !26

142:                                              ; preds = %140, %95
  tail call fastcc void @list_rotate(ptr noundef nonnull %0, ptr noundef nonnull %96) #7
  %143 = zext i32 %98 to i64
  %144 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %143, i32 3
  %145 = load i32, ptr %144, align 4, !tbaa !14
  %146 = getelementptr inbounds i8, ptr %0, i64 36
  %147 = getelementptr inbounds i8, ptr %0, i64 28
  %148 = getelementptr inbounds i8, ptr %0, i64 8
  br label %149

149:                                              ; preds = %190, %142
  %150 = phi i32 [ 0, %142 ], [ %191, %190 ]
  %151 = phi i32 [ %145, %142 ], [ %154, %190 ]
  %152 = zext i32 %151 to i64
  %153 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %152, i32 3
  %154 = load i32, ptr %153, align 4, !tbaa !14
  %155 = icmp eq i32 %151, %98
  br i1 %155, label %194, label %156

156:                                              ; preds = %149
  %157 = load i32, ptr %75, align 4, !tbaa !23
  %158 = load ptr, ptr %76, align 8, !tbaa !11
  %159 = getelementptr inbounds %struct.pb_hnode, ptr %158, i64 %152
  %160 = getelementptr inbounds i8, ptr %159, i64 16
  %161 = load i8, ptr %160, align 4, !tbaa !19
  %162 = icmp ult i8 %161, 3
  br i1 %162, label %163, label %190

163:                                              ; preds = %156
  %164 = load i32, ptr %146, align 4, !tbaa !20
  %165 = icmp eq i32 %164, %151
  br i1 %165, label %166, label %169

166:                                              ; preds = %163
  %167 = getelementptr inbounds i8, ptr %159, i64 8
  %168 = load i32, ptr %167, align 4, !tbaa !21
  store i32 %168, ptr %146, align 4, !tbaa !20
  br label %169

169:                                              ; preds = %166, %163
  %170 = icmp eq i8 %161, 2
  br i1 %170, label %176, label %171

171:                                              ; preds = %169
  %172 = zext nneg i8 %161 to i64
  %173 = getelementptr inbounds [2 x i32], ptr %147, i64 0, i64 %172
  %174 = load i32, ptr %173, align 4, !tbaa !13
  %175 = add i32 %174, -1
  store i32 %175, ptr %173, align 4, !tbaa !13
  br label %176

176:                                              ; preds = %171, %169
  store i8 3, ptr %160, align 4, !tbaa !19
  %177 = getelementptr inbounds i8, ptr %159, i64 8
  %178 = load i32, ptr %177, align 4, !tbaa !21
  %179 = getelementptr inbounds i8, ptr %159, i64 12
  %180 = load i32, ptr %179, align 4, !tbaa !14
  %181 = zext i32 %178 to i64
  %182 = getelementptr inbounds %struct.pb_hnode, ptr %158, i64 %181, i32 3
  store i32 %180, ptr %182, align 4, !tbaa !14
  %183 = zext i32 %180 to i64
  %184 = getelementptr inbounds %struct.pb_hnode, ptr %158, i64 %183, i32 2
  store i32 %178, ptr %184, align 4, !tbaa !21
  %185 = zext i32 %157 to i64
  %186 = getelementptr inbounds %struct.pb_hnode, ptr %158, i64 %185, i32 3
  %187 = load i32, ptr %186, align 4, !tbaa !14
  store i32 %187, ptr %179, align 4, !tbaa !14
  store i32 %157, ptr %177, align 4, !tbaa !21
  %188 = zext i32 %187 to i64
  %189 = getelementptr inbounds %struct.pb_hnode, ptr %158, i64 %188, i32 2
  store i32 %151, ptr %189, align 4, !tbaa !21
  store i32 %151, ptr %186, align 4, !tbaa !14
  br label %190

190:                                              ; preds = %176, %156
  %191 = add i32 %150, 1
  %192 = load i32, ptr %148, align 8, !tbaa !29
  %193 = icmp eq i32 %191, %192
  br i1 %193, label %200, label %149, !llvm.loop !30

194:                                              ; preds = %149
  %195 = load i32, ptr %148, align 8, !tbaa !29
  %196 = icmp ult i32 %150, %195
  br i1 %196, label %197, label %200

197:                                              ; preds = %194
  %198 = sub i32 %195, %150
  %199 = load i32, ptr %75, align 4, !tbaa !23
  tail call fastcc void @list_shrink(ptr noundef nonnull %0, ptr noundef nonnull %96, i32 noundef %198, i32 noundef %199, i32 noundef 3) #7
  br label %200

200:                                              ; preds = %190, %197, %194
  %201 = load ptr, ptr %76, align 8, !tbaa !11
  %202 = load i32, ptr %75, align 4, !tbaa !23
  %203 = zext i32 %202 to i64
  %204 = getelementptr inbounds %struct.pb_hnode, ptr %201, i64 %203, i32 3
  %205 = load i32, ptr %204, align 4, !tbaa !14
  %206 = icmp eq i32 %205, %202
  br i1 %206, label %230, label %207

207:                                              ; preds = %200
  %208 = zext i32 %205 to i64
  %209 = getelementptr inbounds %struct.pb_hnode, ptr %201, i64 %208
  %210 = getelementptr inbounds i8, ptr %209, i64 8
  %211 = load i32, ptr %210, align 4, !tbaa !21
  %212 = getelementptr inbounds i8, ptr %209, i64 12
  %213 = load i32, ptr %212, align 4, !tbaa !14
  %214 = zext i32 %211 to i64
  %215 = getelementptr inbounds %struct.pb_hnode, ptr %201, i64 %214, i32 3
  store i32 %213, ptr %215, align 4, !tbaa !14
  %216 = zext i32 %213 to i64
  %217 = getelementptr inbounds %struct.pb_hnode, ptr %201, i64 %216, i32 2
  store i32 %211, ptr %217, align 4, !tbaa !21
  %218 = icmp eq i32 %205, -1
  br i1 %218, label %230, label %219

219:                                              ; preds = %207, %83
  %220 = phi i64 [ %84, %83 ], [ %208, %207 ]
  %221 = phi ptr [ %77, %83 ], [ %201, %207 ]
  %222 = phi i32 [ %81, %83 ], [ %205, %207 ]
  %223 = getelementptr inbounds %struct.pb_hnode, ptr %221, i64 %220
  %224 = getelementptr inbounds i8, ptr %223, i64 4
  store i32 %1, ptr %224, align 4, !tbaa !17
  %225 = trunc i32 %7 to i16
  %226 = getelementptr inbounds i8, ptr %223, i64 18
  store i16 %225, ptr %226, align 2, !tbaa !31
  %227 = getelementptr inbounds i8, ptr %223, i64 16
  store i8 4, ptr %227, align 4, !tbaa !19
  %228 = getelementptr inbounds i8, ptr %223, i64 17
  store i8 0, ptr %228, align 1, !tbaa !18
  %229 = getelementptr inbounds i8, ptr %75, i64 4
  br label %312

230:                                              ; preds = %207, %200
  %231 = getelementptr inbounds i8, ptr %75, i64 8
  %232 = load i32, ptr %231, align 4, !tbaa !32
  %233 = getelementptr inbounds i8, ptr %0, i64 72
  br label %234

234:                                              ; preds = %293, %230
  %235 = phi i32 [ %232, %230 ], [ %298, %293 ]
  %236 = load ptr, ptr %72, align 8, !tbaa !22
  %237 = zext i32 %235 to i64
  %238 = getelementptr inbounds %struct.pb_lru_loc, ptr %236, i64 %237
  %239 = load ptr, ptr %76, align 8, !tbaa !11
  %240 = load i32, ptr %238, align 4, !tbaa !23
  %241 = zext i32 %240 to i64
  %242 = getelementptr inbounds %struct.pb_hnode, ptr %239, i64 %241, i32 3
  %243 = load i32, ptr %242, align 4, !tbaa !14
  %244 = icmp eq i32 %243, %240
  br i1 %244, label %257, label %245

245:                                              ; preds = %234
  %246 = zext i32 %243 to i64
  %247 = getelementptr inbounds %struct.pb_hnode, ptr %239, i64 %246
  %248 = getelementptr inbounds i8, ptr %247, i64 8
  %249 = load i32, ptr %248, align 4, !tbaa !21
  %250 = getelementptr inbounds i8, ptr %247, i64 12
  %251 = load i32, ptr %250, align 4, !tbaa !14
  %252 = zext i32 %249 to i64
  %253 = getelementptr inbounds %struct.pb_hnode, ptr %239, i64 %252, i32 3
  store i32 %251, ptr %253, align 4, !tbaa !14
  %254 = zext i32 %251 to i64
  %255 = getelementptr inbounds %struct.pb_hnode, ptr %239, i64 %254, i32 2
  store i32 %249, ptr %255, align 4, !tbaa !21
  %256 = icmp eq i32 %243, -1
  br i1 %256, label %257, label %293

257:                                              ; preds = %245, %234
  %258 = getelementptr inbounds i8, ptr %238, i64 4
  %259 = load i32, ptr %258, align 4, !tbaa !25
  %260 = zext i32 %259 to i64
  %261 = getelementptr inbounds %struct.pb_hnode, ptr %239, i64 %260, i32 2
  br label %262

262:                                              ; preds = %292, %257
  %263 = phi i1 [ false, %257 ], [ true, %292 ]
  %264 = phi i1 [ true, %257 ], [ false, %292 ]
  %265 = load i32, ptr %261, align 4, !tbaa !21
  %266 = icmp eq i32 %265, %259
  br i1 %266, label %292, label %267

267:                                              ; preds = %262, %279
  %268 = phi i32 [ %281, %279 ], [ %265, %262 ]
  %269 = zext i32 %268 to i64
  %270 = getelementptr inbounds %struct.pb_hnode, ptr %239, i64 %269
  %271 = getelementptr inbounds i8, ptr %270, i64 17
  %272 = load i8, ptr %271, align 1, !tbaa !18
  %273 = icmp eq i8 %272, 0
  %274 = or i1 %263, %273
  br i1 %274, label %275, label %279

275:                                              ; preds = %267
  %276 = load ptr, ptr %233, align 8, !tbaa !33
  %277 = tail call i32 @pb_htab_lru_delete_node(ptr noundef %276, i32 noundef %268) #8
  %278 = icmp eq i32 %277, 0
  br i1 %278, label %279, label %283

279:                                              ; preds = %275, %267
  %280 = getelementptr inbounds i8, ptr %270, i64 8
  %281 = load i32, ptr %280, align 4, !tbaa !21
  %282 = icmp eq i32 %281, %259
  br i1 %282, label %292, label %267, !llvm.loop !34

283:                                              ; preds = %275
  %284 = getelementptr inbounds i8, ptr %270, i64 8
  %285 = load i32, ptr %284, align 4, !tbaa !21
  %286 = getelementptr inbounds i8, ptr %270, i64 12
  %287 = load i32, ptr %286, align 4, !tbaa !14
  %288 = zext i32 %285 to i64
  %289 = getelementptr inbounds %struct.pb_hnode, ptr %239, i64 %288, i32 3
  store i32 %287, ptr %289, align 4, !tbaa !14
  %290 = zext i32 %287 to i64
  %291 = getelementptr inbounds %struct.pb_hnode, ptr %239, i64 %290, i32 2
  store i32 %285, ptr %291, align 4, !tbaa !21
  br label %293

292:                                              ; preds = %279, %262
  br i1 %264, label %262, label %293, !llvm.loop !35

293:                                              ; preds = %292, %283, %245
  %294 = phi i32 [ %243, %245 ], [ %268, %283 ], [ -1, %292 ]
  %295 = add i32 %235, 1
  %296 = load i32, ptr %4, align 4, !tbaa !3
  %297 = icmp ult i32 %295, %296
  %298 = select i1 %297, i32 %295, i32 0
  %299 = icmp eq i32 %294, -1
  %300 = icmp ne i32 %298, %232
  %301 = select i1 %299, i1 %300, i1 false
  br i1 %301, label %234, label %302, !llvm.loop !36

302:                                              ; preds = %293
  store i32 %298, ptr %231, align 4, !tbaa !32
  br i1 %299, label %325, label %303

303:                                              ; preds = %302
  %304 = load ptr, ptr %76, align 8, !tbaa !11
  %305 = zext i32 %294 to i64
  %306 = getelementptr inbounds %struct.pb_hnode, ptr %304, i64 %305
  %307 = getelementptr inbounds i8, ptr %306, i64 4
  store i32 %1, ptr %307, align 4, !tbaa !17
  %308 = trunc i32 %7 to i16
  %309 = getelementptr inbounds i8, ptr %306, i64 18
  store i16 %308, ptr %309, align 2, !tbaa !31
  %310 = getelementptr inbounds i8, ptr %306, i64 16
  store i8 4, ptr %310, align 4, !tbaa !19
  %311 = getelementptr inbounds i8, ptr %306, i64 17
  store i8 0, ptr %311, align 1, !tbaa !18
  br label %312

312:                                              ; preds = %303, %219
  %313 = phi ptr [ %99, %303 ], [ %229, %219 ]
  %314 = phi ptr [ %304, %303 ], [ %221, %219 ]
  %315 = phi ptr [ %306, %303 ], [ %223, %219 ]
  %316 = phi i32 [ %294, %303 ], [ %222, %219 ]
  %317 = load i32, ptr %313, align 4, !tbaa !25
  %318 = zext i32 %317 to i64
  %319 = getelementptr inbounds %struct.pb_hnode, ptr %314, i64 %318, i32 3
  %320 = load i32, ptr %319, align 4, !tbaa !14
  %321 = getelementptr inbounds i8, ptr %315, i64 12
  store i32 %320, ptr %321, align 4, !tbaa !14
  %322 = getelementptr inbounds i8, ptr %315, i64 8
  store i32 %317, ptr %322, align 4, !tbaa !21
  %323 = zext i32 %320 to i64
  %324 = getelementptr inbounds %struct.pb_hnode, ptr %314, i64 %323, i32 2
  store i32 %316, ptr %324, align 4, !tbaa !21
  store i32 %316, ptr %319, align 4, !tbaa !14
  br label %325

325:                                              ; preds = %312, %302, %57, %28, %25
  %326 = phi i32 [ -1, %25 ], [ %26, %28 ], [ %26, %57 ], [ -1, %302 ], [ %316, %312 ]
  ret i32 %326
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none)
define dso_local void @pb_lru_push_free(ptr nocapture noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = getelementptr inbounds i8, ptr %0, i64 64
  %4 = load ptr, ptr %3, align 8, !tbaa !11
  %5 = load i32, ptr %0, align 8, !tbaa !10
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %47, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %0, i64 48
  %9 = load ptr, ptr %8, align 8, !tbaa !12
  %10 = zext i32 %1 to i64
  %11 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %10, i32 6
  %12 = load i16, ptr %11, align 2, !tbaa !31
  %13 = zext i16 %12 to i64
  %14 = getelementptr inbounds %struct.pb_lru_list, ptr %9, i64 %13
  %15 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %10
  %16 = getelementptr inbounds i8, ptr %15, i64 16
  %17 = load i8, ptr %16, align 4, !tbaa !19
  %18 = icmp ult i8 %17, 3
  br i1 %18, label %19, label %108

19:                                               ; preds = %7
  %20 = icmp eq i8 %17, 2
  br i1 %20, label %27, label %21

21:                                               ; preds = %19
  %22 = getelementptr inbounds i8, ptr %14, i64 12
  %23 = zext nneg i8 %17 to i64
  %24 = getelementptr inbounds [2 x i32], ptr %22, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !13
  %26 = add i32 %25, -1
  store i32 %26, ptr %24, align 4, !tbaa !13
  store i8 2, ptr %16, align 4, !tbaa !19
  br label %27

27:                                               ; preds = %21, %19
  %28 = getelementptr inbounds i8, ptr %15, i64 17
  store i8 0, ptr %28, align 1, !tbaa !18
  %29 = getelementptr inbounds i8, ptr %14, i64 20
  %30 = load i32, ptr %29, align 4, !tbaa !20
  %31 = icmp eq i32 %30, %1
  %32 = getelementptr inbounds i8, ptr %15, i64 8
  %33 = load i32, ptr %32, align 4, !tbaa !21
  br i1 %31, label %34, label %35

34:                                               ; preds = %27
  store i32 %33, ptr %29, align 4, !tbaa !20
  br label %35

35:                                               ; preds = %34, %27
  %36 = getelementptr inbounds i8, ptr %14, i64 8
  %37 = load i32, ptr %36, align 4, !tbaa !13
  %38 = getelementptr inbounds i8, ptr %15, i64 12
  %39 = load i32, ptr %38, align 4, !tbaa !14
  %40 = zext i32 %33 to i64
  %41 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %40, i32 3
  store i32 %39, ptr %41, align 4, !tbaa !14
  %42 = zext i32 %39 to i64
  %43 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %42, i32 2
  store i32 %33, ptr %43, align 4, !tbaa !21
  %44 = zext i32 %37 to i64
  %45 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %44, i32 3
  %46 = load i32, ptr %45, align 4, !tbaa !14
  store i32 %46, ptr %38, align 4, !tbaa !14
  store i32 %37, ptr %32, align 4, !tbaa !21
  br label %103

47:                                               ; preds = %2
  %48 = zext i32 %1 to i64
  %49 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %48
  %50 = getelementptr inbounds i8, ptr %49, i64 16
  %51 = load i8, ptr %50, align 4, !tbaa !19
  %52 = and i8 %51, -2
  %53 = icmp eq i8 %52, 2
  br i1 %53, label %108, label %54

54:                                               ; preds = %47
  %55 = icmp eq i8 %51, 4
  br i1 %55, label %56, label %76

56:                                               ; preds = %54
  %57 = getelementptr inbounds i8, ptr %0, i64 56
  %58 = load ptr, ptr %57, align 8, !tbaa !22
  %59 = getelementptr inbounds i8, ptr %49, i64 18
  %60 = load i16, ptr %59, align 2, !tbaa !31
  %61 = zext i16 %60 to i64
  %62 = getelementptr inbounds %struct.pb_lru_loc, ptr %58, i64 %61
  store i8 3, ptr %50, align 4, !tbaa !19
  %63 = getelementptr inbounds i8, ptr %49, i64 17
  store i8 0, ptr %63, align 1, !tbaa !18
  %64 = load i32, ptr %62, align 4, !tbaa !23
  %65 = getelementptr inbounds i8, ptr %49, i64 8
  %66 = load i32, ptr %65, align 4, !tbaa !21
  %67 = getelementptr inbounds i8, ptr %49, i64 12
  %68 = load i32, ptr %67, align 4, !tbaa !14
  %69 = zext i32 %66 to i64
  %70 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %69, i32 3
  store i32 %68, ptr %70, align 4, !tbaa !14
  %71 = zext i32 %68 to i64
  %72 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %71, i32 2
  store i32 %66, ptr %72, align 4, !tbaa !21
  %73 = zext i32 %64 to i64
  %74 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %73, i32 3
  %75 = load i32, ptr %74, align 4, !tbaa !14
  store i32 %75, ptr %67, align 4, !tbaa !14
  store i32 %64, ptr %65, align 4, !tbaa !21
  br label %103

76:                                               ; preds = %54
  %77 = icmp ult i8 %51, 3
  br i1 %77, label %78, label %108

78:                                               ; preds = %76
  %79 = getelementptr inbounds i8, ptr %0, i64 28
  %80 = zext nneg i8 %51 to i64
  %81 = getelementptr inbounds [2 x i32], ptr %79, i64 0, i64 %80
  %82 = load i32, ptr %81, align 4, !tbaa !13
  %83 = add i32 %82, -1
  store i32 %83, ptr %81, align 4, !tbaa !13
  store i8 2, ptr %50, align 4, !tbaa !19
  %84 = getelementptr inbounds i8, ptr %49, i64 17
  store i8 0, ptr %84, align 1, !tbaa !18
  %85 = getelementptr inbounds i8, ptr %0, i64 36
  %86 = load i32, ptr %85, align 4, !tbaa !20
  %87 = icmp eq i32 %86, %1
  %88 = getelementptr inbounds i8, ptr %49, i64 8
  %89 = load i32, ptr %88, align 4, !tbaa !21
  br i1 %87, label %90, label %91

90:                                               ; preds = %78
  store i32 %89, ptr %85, align 4, !tbaa !20
  br label %91

91:                                               ; preds = %90, %78
  %92 = getelementptr inbounds i8, ptr %0, i64 24
  %93 = load i32, ptr %92, align 4, !tbaa !13
  %94 = getelementptr inbounds i8, ptr %49, i64 12
  %95 = load i32, ptr %94, align 4, !tbaa !14
  %96 = zext i32 %89 to i64
  %97 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %96, i32 3
  store i32 %95, ptr %97, align 4, !tbaa !14
  %98 = zext i32 %95 to i64
  %99 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %98, i32 2
  store i32 %89, ptr %99, align 4, !tbaa !21
  %100 = zext i32 %93 to i64
  %101 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %100, i32 3
  %102 = load i32, ptr %101, align 4, !tbaa !14
  store i32 %102, ptr %94, align 4, !tbaa !14
  store i32 %93, ptr %88, align 4, !tbaa !21
  br label %103

103:                                              ; preds = %56, %35, %91
  %104 = phi i32 [ %102, %91 ], [ %46, %35 ], [ %75, %56 ]
  %105 = phi ptr [ %101, %91 ], [ %45, %35 ], [ %74, %56 ]
  %106 = zext i32 %104 to i64
  %107 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %106, i32 2
  store i32 %1, ptr %107, align 4, !tbaa !21
  store i32 %1, ptr %105, align 4, !tbaa !14
  br label %108

108:                                              ; preds = %103, %76, %7, %47
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local noundef i32 @pb_lru_nr_sentinels(i32 noundef %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = icmp eq i32 %0, 0
  %4 = mul i32 %1, 3
  %5 = shl i32 %1, 1
  %6 = add i32 %5, 3
  %7 = select i1 %3, i32 %6, i32 %4
  ret i32 %7
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define dso_local void @pb_lru_init(ptr nocapture noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, ptr noundef %5, ptr noundef %6, ptr noundef %7) local_unnamed_addr #3 {
  store i32 %3, ptr %0, align 8, !tbaa !10
  %9 = getelementptr inbounds i8, ptr %0, i64 12
  store i32 %4, ptr %9, align 4, !tbaa !3
  %10 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %1, ptr %10, align 8, !tbaa !11
  %11 = getelementptr inbounds i8, ptr %0, i64 72
  store ptr %7, ptr %11, align 8, !tbaa !33
  %12 = getelementptr inbounds i8, ptr %0, i64 48
  store ptr %5, ptr %12, align 8, !tbaa !12
  %13 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %6, ptr %13, align 8, !tbaa !22
  %14 = icmp eq i32 %3, 0
  %15 = icmp eq i32 %4, 0
  br i1 %14, label %19, label %16

16:                                               ; preds = %8
  br i1 %15, label %22, label %17

17:                                               ; preds = %16
  %18 = zext i32 %4 to i64
  br label %30

19:                                               ; preds = %8
  br i1 %15, label %86, label %20

20:                                               ; preds = %19
  %21 = zext i32 %4 to i64
  br label %111

22:                                               ; preds = %45, %16
  %23 = getelementptr inbounds i8, ptr %0, i64 4
  store i32 4, ptr %23, align 4, !tbaa !37
  %24 = udiv i32 %2, %4
  %25 = icmp eq i32 %2, 0
  br i1 %25, label %153, label %26

26:                                               ; preds = %22
  %27 = icmp ule i32 %4, %2
  %28 = zext i32 %2 to i64
  %29 = zext i32 %4 to i64
  br label %53

30:                                               ; preds = %17, %45
  %31 = phi i64 [ 0, %17 ], [ %51, %45 ]
  %32 = phi i32 [ %2, %17 ], [ %37, %45 ]
  %33 = getelementptr inbounds %struct.pb_lru_list, ptr %5, i64 %31
  br label %34

34:                                               ; preds = %34, %30
  %35 = phi i32 [ %32, %30 ], [ %37, %34 ]
  %36 = phi i64 [ 0, %30 ], [ %43, %34 ]
  %37 = add i32 %35, 1
  %38 = getelementptr inbounds [3 x i32], ptr %33, i64 0, i64 %36
  store i32 %35, ptr %38, align 4, !tbaa !13
  %39 = zext i32 %35 to i64
  %40 = getelementptr inbounds %struct.pb_hnode, ptr %1, i64 %39
  %41 = getelementptr inbounds i8, ptr %40, i64 8
  store i32 %35, ptr %41, align 4, !tbaa !21
  %42 = getelementptr inbounds i8, ptr %40, i64 12
  store i32 %35, ptr %42, align 4, !tbaa !14
  %43 = add nuw nsw i64 %36, 1
  %44 = icmp eq i64 %43, 3
  br i1 %44, label %45, label %34, !llvm.loop !38

45:                                               ; preds = %34
  %46 = getelementptr inbounds i8, ptr %33, i64 12
  %47 = getelementptr inbounds i8, ptr %33, i64 16
  store i32 0, ptr %47, align 4, !tbaa !13
  store i32 0, ptr %46, align 4, !tbaa !13
  %48 = getelementptr inbounds i8, ptr %33, i64 4
  %49 = load i32, ptr %48, align 4, !tbaa !13
  %50 = getelementptr inbounds i8, ptr %33, i64 20
  store i32 %49, ptr %50, align 4, !tbaa !20
  %51 = add nuw nsw i64 %31, 1
  %52 = icmp eq i64 %51, %18
  br i1 %52, label %22, label %30, !llvm.loop !39

53:                                               ; preds = %26, %81
  %54 = phi i64 [ 0, %26 ], [ %82, %81 ]
  %55 = phi i64 [ 0, %26 ], [ %74, %81 ]
  %56 = trunc i64 %54 to i16
  %57 = getelementptr inbounds %struct.pb_lru_list, ptr %5, i64 %54, i32 0, i64 2
  %58 = and i64 %55, 4294967295
  br label %59

59:                                               ; preds = %53, %78
  %60 = phi i64 [ %58, %53 ], [ %74, %78 ]
  %61 = getelementptr inbounds %struct.pb_hnode, ptr %1, i64 %60
  %62 = getelementptr inbounds i8, ptr %61, i64 18
  store i16 %56, ptr %62, align 2, !tbaa !31
  %63 = getelementptr inbounds i8, ptr %61, i64 16
  store i8 2, ptr %63, align 4, !tbaa !19
  %64 = getelementptr inbounds i8, ptr %61, i64 17
  store i8 0, ptr %64, align 1, !tbaa !18
  %65 = load i32, ptr %57, align 4, !tbaa !13
  %66 = zext i32 %65 to i64
  %67 = getelementptr inbounds %struct.pb_hnode, ptr %1, i64 %66, i32 3
  %68 = load i32, ptr %67, align 4, !tbaa !14
  %69 = getelementptr inbounds i8, ptr %61, i64 12
  store i32 %68, ptr %69, align 4, !tbaa !14
  %70 = getelementptr inbounds i8, ptr %61, i64 8
  store i32 %65, ptr %70, align 4, !tbaa !21
  %71 = zext i32 %68 to i64
  %72 = getelementptr inbounds %struct.pb_hnode, ptr %1, i64 %71, i32 2
  %73 = trunc nuw i64 %60 to i32
  store i32 %73, ptr %72, align 4, !tbaa !21
  store i32 %73, ptr %67, align 4, !tbaa !14
  %74 = add nuw nsw i64 %60, 1
  %75 = icmp ult i64 %74, %28
  %76 = and i1 %27, %75
  %77 = trunc nuw i64 %74 to i32
  br i1 %76, label %78, label %81

78:                                               ; preds = %59
  %79 = urem i32 %77, %24
  %80 = icmp eq i32 %79, 0
  br i1 %80, label %81, label %59, !llvm.loop !40

81:                                               ; preds = %59, %78
  %82 = add nuw nsw i64 %54, 1
  %83 = icmp ult i64 %82, %29
  %84 = icmp ult i32 %77, %2
  %85 = and i1 %84, %83
  br i1 %85, label %53, label %153, !llvm.loop !41

86:                                               ; preds = %111, %19
  %87 = phi i32 [ %2, %19 ], [ %116, %111 ]
  %88 = getelementptr inbounds i8, ptr %0, i64 16
  br label %89

89:                                               ; preds = %89, %86
  %90 = phi i32 [ %87, %86 ], [ %92, %89 ]
  %91 = phi i64 [ 0, %86 ], [ %98, %89 ]
  %92 = add i32 %90, 1
  %93 = getelementptr inbounds [3 x i32], ptr %88, i64 0, i64 %91
  store i32 %90, ptr %93, align 4, !tbaa !13
  %94 = zext i32 %90 to i64
  %95 = getelementptr inbounds %struct.pb_hnode, ptr %1, i64 %94
  %96 = getelementptr inbounds i8, ptr %95, i64 8
  store i32 %90, ptr %96, align 4, !tbaa !21
  %97 = getelementptr inbounds i8, ptr %95, i64 12
  store i32 %90, ptr %97, align 4, !tbaa !14
  %98 = add nuw nsw i64 %91, 1
  %99 = icmp eq i64 %98, 3
  br i1 %99, label %100, label %89, !llvm.loop !38

100:                                              ; preds = %89
  %101 = getelementptr inbounds i8, ptr %0, i64 28
  %102 = getelementptr inbounds i8, ptr %0, i64 32
  store i32 0, ptr %102, align 4, !tbaa !13
  store i32 0, ptr %101, align 4, !tbaa !13
  %103 = getelementptr inbounds i8, ptr %0, i64 20
  %104 = load i32, ptr %103, align 4, !tbaa !13
  %105 = getelementptr inbounds i8, ptr %0, i64 36
  store i32 %104, ptr %105, align 4, !tbaa !20
  %106 = getelementptr inbounds i8, ptr %0, i64 4
  store i32 128, ptr %106, align 4, !tbaa !37
  %107 = icmp eq i32 %2, 0
  br i1 %107, label %130, label %108

108:                                              ; preds = %100
  %109 = getelementptr inbounds i8, ptr %0, i64 24
  %110 = zext i32 %2 to i64
  br label %137

111:                                              ; preds = %20, %111
  %112 = phi i64 [ 0, %20 ], [ %128, %111 ]
  %113 = phi i32 [ %2, %20 ], [ %116, %111 ]
  %114 = add i32 %113, 1
  %115 = getelementptr inbounds %struct.pb_lru_loc, ptr %6, i64 %112
  store i32 %113, ptr %115, align 4, !tbaa !23
  %116 = add i32 %113, 2
  %117 = getelementptr inbounds i8, ptr %115, i64 4
  store i32 %114, ptr %117, align 4, !tbaa !25
  %118 = zext i32 %113 to i64
  %119 = getelementptr inbounds %struct.pb_hnode, ptr %1, i64 %118
  %120 = getelementptr inbounds i8, ptr %119, i64 8
  store i32 %113, ptr %120, align 4, !tbaa !21
  %121 = getelementptr inbounds i8, ptr %119, i64 12
  store i32 %113, ptr %121, align 4, !tbaa !14
  %122 = zext i32 %114 to i64
  %123 = getelementptr inbounds %struct.pb_hnode, ptr %1, i64 %122
  %124 = getelementptr inbounds i8, ptr %123, i64 8
  store i32 %114, ptr %124, align 4, !tbaa !21
  %125 = getelementptr inbounds i8, ptr %123, i64 12
  store i32 %114, ptr %125, align 4, !tbaa !14
  %126 = getelementptr inbounds i8, ptr %115, i64 8
  %127 = trunc nuw i64 %112 to i32
  store i32 %127, ptr %126, align 4, !tbaa !32
  %128 = add nuw nsw i64 %112, 1
  %129 = icmp eq i64 %128, %21
  br i1 %129, label %86, label %111, !llvm.loop !42

130:                                              ; preds = %137, %100
  %131 = udiv i32 %2, %4
  %132 = lshr i32 %131, 1
  %133 = tail call i32 @llvm.umin.i32(i32 %132, i32 128)
  %134 = icmp ugt i32 %131, 1
  %135 = select i1 %134, i32 %133, i32 1
  %136 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %135, ptr %136, align 8, !tbaa !29
  br label %153

137:                                              ; preds = %108, %137
  %138 = phi i64 [ 0, %108 ], [ %151, %137 ]
  %139 = getelementptr inbounds %struct.pb_hnode, ptr %1, i64 %138
  %140 = getelementptr inbounds i8, ptr %139, i64 16
  store i8 2, ptr %140, align 4, !tbaa !19
  %141 = getelementptr inbounds i8, ptr %139, i64 17
  store i8 0, ptr %141, align 1, !tbaa !18
  %142 = load i32, ptr %109, align 8, !tbaa !13
  %143 = zext i32 %142 to i64
  %144 = getelementptr inbounds %struct.pb_hnode, ptr %1, i64 %143, i32 3
  %145 = load i32, ptr %144, align 4, !tbaa !14
  %146 = getelementptr inbounds i8, ptr %139, i64 12
  store i32 %145, ptr %146, align 4, !tbaa !14
  %147 = getelementptr inbounds i8, ptr %139, i64 8
  store i32 %142, ptr %147, align 4, !tbaa !21
  %148 = zext i32 %145 to i64
  %149 = getelementptr inbounds %struct.pb_hnode, ptr %1, i64 %148, i32 2
  %150 = trunc nuw i64 %138 to i32
  store i32 %150, ptr %149, align 4, !tbaa !21
  store i32 %150, ptr %144, align 4, !tbaa !14
  %151 = add nuw nsw i64 %138, 1
  %152 = icmp eq i64 %151, %110
  br i1 %152, label %130, label %137, !llvm.loop !43

153:                                              ; preds = %81, %22, %130
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc void @list_rotate(ptr nocapture noundef readonly %0, ptr nocapture noundef %1) unnamed_addr #4 {
  %3 = getelementptr inbounds i8, ptr %1, i64 12
  %4 = getelementptr inbounds i8, ptr %1, i64 16
  %5 = load i32, ptr %4, align 4, !tbaa !13
  %6 = load i32, ptr %3, align 4, !tbaa !13
  %7 = icmp ult i32 %5, %6
  %8 = getelementptr inbounds i8, ptr %0, i64 64
  %9 = load ptr, ptr %8, align 8, !tbaa !11
  br i1 %7, label %10, label %98

10:                                               ; preds = %2
  %11 = load i32, ptr %1, align 4, !tbaa !13
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %12
  %14 = getelementptr inbounds i8, ptr %13, i64 12
  %15 = load i32, ptr %14, align 4, !tbaa !14
  %16 = getelementptr inbounds i8, ptr %13, i64 8
  %17 = load i32, ptr %16, align 4, !tbaa !21
  %18 = getelementptr inbounds i8, ptr %1, i64 20
  %19 = getelementptr inbounds i8, ptr %1, i64 4
  %20 = getelementptr inbounds i8, ptr %0, i64 4
  br label %21

21:                                               ; preds = %92, %10
  %22 = phi i32 [ 0, %10 ], [ %93, %92 ]
  %23 = phi i32 [ %17, %10 ], [ %26, %92 ]
  %24 = zext i32 %23 to i64
  %25 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %24, i32 2
  %26 = load i32, ptr %25, align 4, !tbaa !21
  %27 = icmp eq i32 %23, %11
  br i1 %27, label %98, label %28

28:                                               ; preds = %21
  %29 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %24, i32 5
  %30 = load i8, ptr %29, align 1, !tbaa !18
  %31 = icmp eq i8 %30, 0
  %32 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %24
  %33 = getelementptr inbounds i8, ptr %32, i64 16
  %34 = load i8, ptr %33, align 4, !tbaa !19
  %35 = icmp ult i8 %34, 3
  br i1 %31, label %54, label %36

36:                                               ; preds = %28
  br i1 %35, label %37, label %92

37:                                               ; preds = %36
  switch i8 %34, label %38 [
    i8 0, label %48
    i8 2, label %43
  ]

38:                                               ; preds = %37
  %39 = zext nneg i8 %34 to i64
  %40 = getelementptr inbounds [2 x i32], ptr %3, i64 0, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !13
  %42 = add i32 %41, -1
  store i32 %42, ptr %40, align 4, !tbaa !13
  br label %43

43:                                               ; preds = %38, %37
  %44 = load i32, ptr %3, align 4, !tbaa !13
  %45 = add i32 %44, 1
  store i32 %45, ptr %3, align 4, !tbaa !13
  store i8 0, ptr %33, align 4, !tbaa !19
  %46 = getelementptr inbounds i8, ptr %32, i64 8
  %47 = load i32, ptr %46, align 4, !tbaa !21
  br label %48

48:                                               ; preds = %43, %37
  %49 = phi i32 [ %26, %37 ], [ %47, %43 ]
  %50 = getelementptr inbounds i8, ptr %32, i64 17
  store i8 0, ptr %50, align 1, !tbaa !18
  %51 = load i32, ptr %18, align 4, !tbaa !20
  %52 = icmp eq i32 %51, %23
  %53 = getelementptr inbounds i8, ptr %32, i64 8
  br i1 %52, label %72, label %76

54:                                               ; preds = %28
  br i1 %35, label %55, label %92

55:                                               ; preds = %54
  switch i8 %34, label %56 [
    i8 1, label %66
    i8 2, label %61
  ]

56:                                               ; preds = %55
  %57 = zext nneg i8 %34 to i64
  %58 = getelementptr inbounds [2 x i32], ptr %3, i64 0, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !13
  %60 = add i32 %59, -1
  store i32 %60, ptr %58, align 4, !tbaa !13
  br label %61

61:                                               ; preds = %56, %55
  %62 = load i32, ptr %4, align 4, !tbaa !13
  %63 = add i32 %62, 1
  store i32 %63, ptr %4, align 4, !tbaa !13
  store i8 1, ptr %33, align 4, !tbaa !19
  %64 = getelementptr inbounds i8, ptr %32, i64 8
  %65 = load i32, ptr %64, align 4, !tbaa !21
  br label %66

66:                                               ; preds = %61, %55
  %67 = phi i32 [ %26, %55 ], [ %65, %61 ]
  %68 = getelementptr inbounds i8, ptr %32, i64 17
  store i8 0, ptr %68, align 1, !tbaa !18
  %69 = load i32, ptr %18, align 4, !tbaa !20
  %70 = icmp eq i32 %69, %23
  %71 = getelementptr inbounds i8, ptr %32, i64 8
  br i1 %70, label %72, label %76

72:                                               ; preds = %66, %48
  %73 = phi i32 [ %49, %48 ], [ %67, %66 ]
  %74 = phi ptr [ %1, %48 ], [ %19, %66 ]
  %75 = phi ptr [ %53, %48 ], [ %71, %66 ]
  store i32 %73, ptr %18, align 4, !tbaa !20
  br label %76

76:                                               ; preds = %72, %66, %48
  %77 = phi ptr [ %1, %48 ], [ %19, %66 ], [ %74, %72 ]
  %78 = phi i32 [ %49, %48 ], [ %67, %66 ], [ %73, %72 ]
  %79 = phi ptr [ %53, %48 ], [ %71, %66 ], [ %75, %72 ]
  %80 = load i32, ptr %77, align 4, !tbaa !13
  %81 = getelementptr inbounds i8, ptr %32, i64 12
  %82 = load i32, ptr %81, align 4, !tbaa !14
  %83 = zext i32 %78 to i64
  %84 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %83, i32 3
  store i32 %82, ptr %84, align 4, !tbaa !14
  %85 = zext i32 %82 to i64
  %86 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %85, i32 2
  store i32 %78, ptr %86, align 4, !tbaa !21
  %87 = zext i32 %80 to i64
  %88 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %87, i32 3
  %89 = load i32, ptr %88, align 4, !tbaa !14
  store i32 %89, ptr %81, align 4, !tbaa !14
  store i32 %80, ptr %79, align 4, !tbaa !21
  %90 = zext i32 %89 to i64
  %91 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %90, i32 2
  store i32 %23, ptr %91, align 4, !tbaa !21
  store i32 %23, ptr %88, align 4, !tbaa !14
  br label %92

92:                                               ; preds = %76, %54, %36
  %93 = add i32 %22, 1
  %94 = load i32, ptr %20, align 4, !tbaa !37
  %95 = icmp eq i32 %93, %94
  %96 = icmp eq i32 %23, %15
  %97 = select i1 %95, i1 true, i1 %96
  br i1 %97, label %98, label %21, !llvm.loop !44

98:                                               ; preds = %92, %21, %2
  %99 = getelementptr inbounds i8, ptr %1, i64 4
  %100 = load i32, ptr %99, align 4, !tbaa !13
  %101 = zext i32 %100 to i64
  %102 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %101, i32 3
  %103 = load i32, ptr %102, align 4, !tbaa !14
  %104 = icmp eq i32 %103, %100
  br i1 %104, label %184, label %105

105:                                              ; preds = %98
  %106 = getelementptr inbounds i8, ptr %1, i64 20
  %107 = load i32, ptr %106, align 4, !tbaa !20
  %108 = zext i32 %107 to i64
  %109 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %108, i32 3
  %110 = load i32, ptr %109, align 4, !tbaa !14
  %111 = icmp eq i32 %110, %100
  %112 = select i1 %111, i32 %103, i32 %110
  %113 = getelementptr inbounds i8, ptr %0, i64 4
  %114 = load i32, ptr %113, align 4, !tbaa !37
  %115 = icmp eq i32 %114, 0
  br i1 %115, label %182, label %116

116:                                              ; preds = %105
  %117 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %101, i32 2
  br label %122

118:                                              ; preds = %178
  %119 = add nuw i32 %125, 1
  %120 = load i32, ptr %113, align 4, !tbaa !37
  %121 = icmp ult i32 %119, %120
  br i1 %121, label %122, label %182, !llvm.loop !45

122:                                              ; preds = %118, %116
  %123 = phi i32 [ %107, %116 ], [ %179, %118 ]
  %124 = phi i32 [ %107, %116 ], [ %180, %118 ]
  %125 = phi i32 [ 0, %116 ], [ %119, %118 ]
  %126 = phi i32 [ %107, %116 ], [ %137, %118 ]
  %127 = icmp eq i32 %126, %100
  br i1 %127, label %128, label %132

128:                                              ; preds = %122
  %129 = load i32, ptr %117, align 4, !tbaa !21
  %130 = icmp eq i32 %129, %100
  br i1 %130, label %131, label %132

131:                                              ; preds = %128, %131
  br label %131

132:                                              ; preds = %128, %122
  %133 = phi i32 [ %126, %122 ], [ %129, %128 ]
  %134 = zext i32 %133 to i64
  %135 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %134
  %136 = getelementptr inbounds i8, ptr %135, i64 8
  %137 = load i32, ptr %136, align 4, !tbaa !21
  %138 = getelementptr inbounds i8, ptr %135, i64 17
  %139 = load i8, ptr %138, align 1, !tbaa !18
  %140 = icmp eq i8 %139, 0
  br i1 %140, label %178, label %141

141:                                              ; preds = %132
  %142 = getelementptr inbounds i8, ptr %135, i64 16
  %143 = load i8, ptr %142, align 4, !tbaa !19
  %144 = icmp ult i8 %143, 3
  br i1 %144, label %145, label %178

145:                                              ; preds = %141
  switch i8 %143, label %146 [
    i8 0, label %157
    i8 2, label %152
  ]

146:                                              ; preds = %145
  %147 = zext nneg i8 %143 to i64
  %148 = getelementptr inbounds [2 x i32], ptr %3, i64 0, i64 %147
  %149 = load i32, ptr %148, align 4, !tbaa !13
  %150 = add i32 %149, -1
  store i32 %150, ptr %148, align 4, !tbaa !13
  %151 = load i32, ptr %106, align 4, !tbaa !20
  br label %152

152:                                              ; preds = %146, %145
  %153 = phi i32 [ %123, %145 ], [ %151, %146 ]
  %154 = load i32, ptr %3, align 4, !tbaa !13
  %155 = add i32 %154, 1
  store i32 %155, ptr %3, align 4, !tbaa !13
  store i8 0, ptr %142, align 4, !tbaa !19
  %156 = load i32, ptr %136, align 4, !tbaa !21
  br label %157

157:                                              ; preds = %152, %145
  %158 = phi i32 [ %123, %145 ], [ %153, %152 ]
  %159 = phi i32 [ %137, %145 ], [ %156, %152 ]
  %160 = phi i32 [ %124, %145 ], [ %153, %152 ]
  store i8 0, ptr %138, align 1, !tbaa !18
  %161 = icmp eq i32 %160, %133
  br i1 %161, label %162, label %163

162:                                              ; preds = %157
  store i32 %159, ptr %106, align 4, !tbaa !20
  br label %163

163:                                              ; preds = %162, %157
  %164 = phi i32 [ %159, %162 ], [ %158, %157 ]
  %165 = phi i32 [ %159, %162 ], [ %160, %157 ]
  %166 = load i32, ptr %1, align 4, !tbaa !13
  %167 = getelementptr inbounds i8, ptr %135, i64 12
  %168 = load i32, ptr %167, align 4, !tbaa !14
  %169 = zext i32 %159 to i64
  %170 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %169, i32 3
  store i32 %168, ptr %170, align 4, !tbaa !14
  %171 = zext i32 %168 to i64
  %172 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %171, i32 2
  store i32 %159, ptr %172, align 4, !tbaa !21
  %173 = zext i32 %166 to i64
  %174 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %173, i32 3
  %175 = load i32, ptr %174, align 4, !tbaa !14
  store i32 %175, ptr %167, align 4, !tbaa !14
  store i32 %166, ptr %136, align 4, !tbaa !21
  %176 = zext i32 %175 to i64
  %177 = getelementptr inbounds %struct.pb_hnode, ptr %9, i64 %176, i32 2
  store i32 %133, ptr %177, align 4, !tbaa !21
  store i32 %133, ptr %174, align 4, !tbaa !14
  br label %178

178:                                              ; preds = %163, %141, %132
  %179 = phi i32 [ %164, %163 ], [ %123, %141 ], [ %123, %132 ]
  %180 = phi i32 [ %165, %163 ], [ %124, %141 ], [ %124, %132 ]
  %181 = icmp eq i32 %133, %112
  br i1 %181, label %182, label %118

182:                                              ; preds = %178, %118, %105
  %183 = phi i32 [ %100, %105 ], [ %137, %118 ], [ %137, %178 ]
  store i32 %183, ptr %106, align 4, !tbaa !20
  br label %184

184:                                              ; preds = %98, %182
  ret void
}

; Function Attrs: nounwind
define internal fastcc void @list_shrink(ptr nocapture noundef readonly %0, ptr nocapture noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) unnamed_addr #0 {
  %6 = getelementptr inbounds i8, ptr %0, i64 64
  %7 = load ptr, ptr %6, align 8, !tbaa !11
  %8 = getelementptr inbounds i8, ptr %1, i64 4
  %9 = load i32, ptr %8, align 4, !tbaa !13
  %10 = zext i32 %9 to i64
  %11 = getelementptr inbounds %struct.pb_hnode, ptr %7, i64 %10, i32 2
  %12 = load i32, ptr %11, align 4, !tbaa !21
  %13 = getelementptr inbounds i8, ptr %1, i64 12
  %14 = getelementptr inbounds i8, ptr %1, i64 20
  %15 = getelementptr inbounds i8, ptr %0, i64 72
  %16 = trunc nuw nsw i32 %4 to i8
  %17 = zext i32 %3 to i64
  %18 = getelementptr inbounds i8, ptr %0, i64 4
  br label %19

19:                                               ; preds = %105, %5
  %20 = phi i32 [ 0, %5 ], [ %106, %105 ]
  %21 = phi i32 [ 0, %5 ], [ %107, %105 ]
  %22 = phi i32 [ %12, %5 ], [ %25, %105 ]
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds %struct.pb_hnode, ptr %7, i64 %23, i32 2
  %25 = load i32, ptr %24, align 4, !tbaa !21
  %26 = icmp eq i32 %22, %9
  br i1 %26, label %110, label %27

27:                                               ; preds = %19
  %28 = getelementptr inbounds %struct.pb_hnode, ptr %7, i64 %23, i32 5
  %29 = load i8, ptr %28, align 1, !tbaa !18
  %30 = icmp eq i8 %29, 0
  br i1 %30, label %66, label %31

31:                                               ; preds = %27
  %32 = load ptr, ptr %6, align 8, !tbaa !11
  %33 = getelementptr inbounds %struct.pb_hnode, ptr %32, i64 %23
  %34 = getelementptr inbounds i8, ptr %33, i64 16
  %35 = load i8, ptr %34, align 4, !tbaa !19
  %36 = icmp ult i8 %35, 3
  br i1 %36, label %37, label %105

37:                                               ; preds = %31
  switch i8 %35, label %38 [
    i8 0, label %46
    i8 2, label %43
  ]

38:                                               ; preds = %37
  %39 = zext nneg i8 %35 to i64
  %40 = getelementptr inbounds [2 x i32], ptr %13, i64 0, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !13
  %42 = add i32 %41, -1
  store i32 %42, ptr %40, align 4, !tbaa !13
  br label %43

43:                                               ; preds = %38, %37
  %44 = load i32, ptr %13, align 4, !tbaa !13
  %45 = add i32 %44, 1
  store i32 %45, ptr %13, align 4, !tbaa !13
  store i8 0, ptr %34, align 4, !tbaa !19
  br label %46

46:                                               ; preds = %43, %37
  %47 = getelementptr inbounds i8, ptr %33, i64 17
  store i8 0, ptr %47, align 1, !tbaa !18
  %48 = load i32, ptr %14, align 4, !tbaa !20
  %49 = icmp eq i32 %48, %22
  %50 = getelementptr inbounds i8, ptr %33, i64 8
  %51 = load i32, ptr %50, align 4, !tbaa !21
  br i1 %49, label %52, label %53

52:                                               ; preds = %46
  store i32 %51, ptr %14, align 4, !tbaa !20
  br label %53

53:                                               ; preds = %52, %46
  %54 = load i32, ptr %1, align 4, !tbaa !13
  %55 = getelementptr inbounds i8, ptr %33, i64 12
  %56 = load i32, ptr %55, align 4, !tbaa !14
  %57 = zext i32 %51 to i64
  %58 = getelementptr inbounds %struct.pb_hnode, ptr %32, i64 %57, i32 3
  store i32 %56, ptr %58, align 4, !tbaa !14
  %59 = zext i32 %56 to i64
  %60 = getelementptr inbounds %struct.pb_hnode, ptr %32, i64 %59, i32 2
  store i32 %51, ptr %60, align 4, !tbaa !21
  %61 = zext i32 %54 to i64
  %62 = getelementptr inbounds %struct.pb_hnode, ptr %32, i64 %61, i32 3
  %63 = load i32, ptr %62, align 4, !tbaa !14
  store i32 %63, ptr %55, align 4, !tbaa !14
  store i32 %54, ptr %50, align 4, !tbaa !21
  %64 = zext i32 %63 to i64
  %65 = getelementptr inbounds %struct.pb_hnode, ptr %32, i64 %64, i32 2
  store i32 %22, ptr %65, align 4, !tbaa !21
  store i32 %22, ptr %62, align 4, !tbaa !14
  br label %105

66:                                               ; preds = %27
  %67 = load ptr, ptr %15, align 8, !tbaa !33
  %68 = tail call i32 @pb_htab_lru_delete_node(ptr noundef %67, i32 noundef %22) #8
  %69 = icmp eq i32 %68, 0
  br i1 %69, label %105, label %70

70:                                               ; preds = %66
  %71 = load ptr, ptr %6, align 8, !tbaa !11
  %72 = getelementptr inbounds %struct.pb_hnode, ptr %71, i64 %23
  %73 = getelementptr inbounds i8, ptr %72, i64 16
  %74 = load i8, ptr %73, align 4, !tbaa !19
  %75 = icmp ult i8 %74, 3
  br i1 %75, label %76, label %102

76:                                               ; preds = %70
  %77 = load i32, ptr %14, align 4, !tbaa !20
  %78 = icmp eq i32 %77, %22
  br i1 %78, label %79, label %82

79:                                               ; preds = %76
  %80 = getelementptr inbounds i8, ptr %72, i64 8
  %81 = load i32, ptr %80, align 4, !tbaa !21
  store i32 %81, ptr %14, align 4, !tbaa !20
  br label %82

82:                                               ; preds = %79, %76
  %83 = icmp eq i8 %74, 2
  br i1 %83, label %89, label %84

84:                                               ; preds = %82
  %85 = zext nneg i8 %74 to i64
  %86 = getelementptr inbounds [2 x i32], ptr %13, i64 0, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !13
  %88 = add i32 %87, -1
  store i32 %88, ptr %86, align 4, !tbaa !13
  br label %89

89:                                               ; preds = %84, %82
  store i8 %16, ptr %73, align 4, !tbaa !19
  %90 = getelementptr inbounds i8, ptr %72, i64 8
  %91 = load i32, ptr %90, align 4, !tbaa !21
  %92 = getelementptr inbounds i8, ptr %72, i64 12
  %93 = load i32, ptr %92, align 4, !tbaa !14
  %94 = zext i32 %91 to i64
  %95 = getelementptr inbounds %struct.pb_hnode, ptr %71, i64 %94, i32 3
  store i32 %93, ptr %95, align 4, !tbaa !14
  %96 = zext i32 %93 to i64
  %97 = getelementptr inbounds %struct.pb_hnode, ptr %71, i64 %96, i32 2
  store i32 %91, ptr %97, align 4, !tbaa !21
  %98 = getelementptr inbounds %struct.pb_hnode, ptr %71, i64 %17, i32 3
  %99 = load i32, ptr %98, align 4, !tbaa !14
  store i32 %99, ptr %92, align 4, !tbaa !14
  store i32 %3, ptr %90, align 4, !tbaa !21
  %100 = zext i32 %99 to i64
  %101 = getelementptr inbounds %struct.pb_hnode, ptr %71, i64 %100, i32 2
  store i32 %22, ptr %101, align 4, !tbaa !21
  store i32 %22, ptr %98, align 4, !tbaa !14
  br label %102

102:                                              ; preds = %89, %70
  %103 = add i32 %20, 1
  %104 = icmp eq i32 %103, %2
  br i1 %104, label %110, label %105

105:                                              ; preds = %102, %66, %53, %31
  %106 = phi i32 [ %103, %102 ], [ %20, %66 ], [ %20, %31 ], [ %20, %53 ]
  %107 = add i32 %21, 1
  %108 = load i32, ptr %18, align 4, !tbaa !37
  %109 = icmp eq i32 %107, %108
  br i1 %109, label %110, label %19, !llvm.loop !46

110:                                              ; preds = %19, %102, %105
  %111 = phi i32 [ %20, %19 ], [ %2, %102 ], [ %106, %105 ]
  %112 = icmp eq i32 %111, 0
  br i1 %112, label %113, label %166

113:                                              ; preds = %110
  %114 = load i32, ptr %8, align 4, !tbaa !13
  %115 = zext i32 %114 to i64
  %116 = getelementptr inbounds %struct.pb_hnode, ptr %7, i64 %115, i32 3
  %117 = load i32, ptr %116, align 4, !tbaa !14
  %118 = icmp eq i32 %117, %114
  %119 = select i1 %118, ptr %1, ptr %8
  %120 = load i32, ptr %119, align 4, !tbaa !13
  %121 = zext i32 %120 to i64
  %122 = getelementptr inbounds %struct.pb_hnode, ptr %7, i64 %121, i32 2
  %123 = load i32, ptr %122, align 4, !tbaa !21
  br label %124

124:                                              ; preds = %127, %113
  %125 = phi i32 [ %123, %113 ], [ %130, %127 ]
  %126 = icmp eq i32 %125, %120
  br i1 %126, label %166, label %127

127:                                              ; preds = %124
  %128 = zext i32 %125 to i64
  %129 = getelementptr inbounds %struct.pb_hnode, ptr %7, i64 %128, i32 2
  %130 = load i32, ptr %129, align 4, !tbaa !21
  %131 = load ptr, ptr %15, align 8, !tbaa !33
  %132 = tail call i32 @pb_htab_lru_delete_node(ptr noundef %131, i32 noundef %125) #8
  %133 = icmp eq i32 %132, 0
  br i1 %133, label %124, label %134, !llvm.loop !47

134:                                              ; preds = %127
  %135 = load ptr, ptr %6, align 8, !tbaa !11
  %136 = getelementptr inbounds %struct.pb_hnode, ptr %135, i64 %128
  %137 = getelementptr inbounds i8, ptr %136, i64 16
  %138 = load i8, ptr %137, align 4, !tbaa !19
  %139 = icmp ult i8 %138, 3
  br i1 %139, label %140, label %166

140:                                              ; preds = %134
  %141 = load i32, ptr %14, align 4, !tbaa !20
  %142 = icmp eq i32 %141, %125
  br i1 %142, label %143, label %146

143:                                              ; preds = %140
  %144 = getelementptr inbounds i8, ptr %136, i64 8
  %145 = load i32, ptr %144, align 4, !tbaa !21
  store i32 %145, ptr %14, align 4, !tbaa !20
  br label %146

146:                                              ; preds = %143, %140
  %147 = icmp eq i8 %138, 2
  br i1 %147, label %153, label %148

148:                                              ; preds = %146
  %149 = zext nneg i8 %138 to i64
  %150 = getelementptr inbounds [2 x i32], ptr %13, i64 0, i64 %149
  %151 = load i32, ptr %150, align 4, !tbaa !13
  %152 = add i32 %151, -1
  store i32 %152, ptr %150, align 4, !tbaa !13
  br label %153

153:                                              ; preds = %148, %146
  store i8 %16, ptr %137, align 4, !tbaa !19
  %154 = getelementptr inbounds i8, ptr %136, i64 8
  %155 = load i32, ptr %154, align 4, !tbaa !21
  %156 = getelementptr inbounds i8, ptr %136, i64 12
  %157 = load i32, ptr %156, align 4, !tbaa !14
  %158 = zext i32 %155 to i64
  %159 = getelementptr inbounds %struct.pb_hnode, ptr %135, i64 %158, i32 3
  store i32 %157, ptr %159, align 4, !tbaa !14
  %160 = zext i32 %157 to i64
  %161 = getelementptr inbounds %struct.pb_hnode, ptr %135, i64 %160, i32 2
  store i32 %155, ptr %161, align 4, !tbaa !21
  %162 = getelementptr inbounds %struct.pb_hnode, ptr %135, i64 %17, i32 3
  %163 = load i32, ptr %162, align 4, !tbaa !14
  store i32 %163, ptr %156, align 4, !tbaa !14
  store i32 %3, ptr %154, align 4, !tbaa !21
  %164 = zext i32 %163 to i64
  %165 = getelementptr inbounds %struct.pb_hnode, ptr %135, i64 %164, i32 2
  store i32 %125, ptr %165, align 4, !tbaa !21
  store i32 %125, ptr %162, align 4, !tbaa !14
  br label %166

166:                                              ; preds = %124, %134, %153, %110
  ret void
}

declare i32 @pb_htab_lru_delete_node(ptr noundef, i32 noundef) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #6

attributes #0 = { nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #4 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nobuiltin "no-builtins" }
attributes #8 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!4, !5, i64 12}
!4 = !{!"pb_lru", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !8, i64 16, !9, i64 48, !9, i64 56, !9, i64 64, !9, i64 72}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"pb_lru_list", !6, i64 0, !6, i64 12, !5, i64 20, !5, i64 24}
!9 = !{!"any pointer", !6, i64 0}
!10 = !{!4, !5, i64 0}
!11 = !{!4, !9, i64 64}
!12 = !{!4, !9, i64 48}
!13 = !{!5, !5, i64 0}
!14 = !{!15, !5, i64 12}
!15 = !{!"pb_hnode", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !6, i64 16, !6, i64 17, !16, i64 18}
!16 = !{!"short", !6, i64 0}
!17 = !{!15, !5, i64 4}
!18 = !{!15, !6, i64 17}
!19 = !{!15, !6, i64 16}
!20 = !{!8, !5, i64 20}
!21 = !{!15, !5, i64 8}
!22 = !{!4, !9, i64 56}
!23 = !{!24, !5, i64 0}
!24 = !{!"pb_lru_loc", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12}
!25 = !{!24, !5, i64 4}
!26 = distinct !{!26, !27, !28}
!27 = !{!"llvm.loop.mustprogress"}
!28 = !{!"llvm.loop.unroll.disable"}
!29 = !{!4, !5, i64 8}
!30 = distinct !{!30, !27, !28}
!31 = !{!15, !16, i64 18}
!32 = !{!24, !5, i64 8}
!33 = !{!4, !9, i64 72}
!34 = distinct !{!34, !27, !28}
!35 = distinct !{!35, !27, !28}
!36 = distinct !{!36, !27, !28}
!37 = !{!4, !5, i64 4}
!38 = distinct !{!38, !27, !28}
!39 = distinct !{!39, !27, !28}
!40 = distinct !{!40, !27, !28}
!41 = distinct !{!41, !27, !28}
!42 = distinct !{!42, !27, !28}
!43 = distinct !{!43, !27, !28}
!44 = distinct !{!44, !27, !28}
!45 = distinct !{!45, !27, !28}
!46 = distinct !{!46, !27, !28}
!47 = distinct !{!47, !27, !28}
