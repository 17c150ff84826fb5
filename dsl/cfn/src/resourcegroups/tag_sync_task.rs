// @generated from AWS::ResourceGroups::TagSyncTask (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ResourceGroups::TagSyncTask` and its property types.

/// Schema for ResourceGroups::TagSyncTask
///
/// CloudFormation type `AWS::ResourceGroups::TagSyncTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagSyncTask {
    props: ::forma_core::schema::Props,
}
impl TagSyncTask {
    /// A new resource with its required properties: `Group`, `RoleArn`, `TagKey`, `TagValue`.
    #[track_caller]
    pub fn new(
        group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tag_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tag_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, group.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, tag_key.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, tag_value.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TagSyncTask {
    type Attributes = TagSyncTaskAttributes;
    fn type_name(&self) -> &str {
        "AWS::ResourceGroups::TagSyncTask"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::ResourceGroups::TagSyncTask` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TagSyncTaskAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TagSyncTaskAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TagSyncTaskAttributes {
    /// `Fn::GetAtt` `TaskArn`.
    pub fn task_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TaskArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `GroupName`.
    pub fn group_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GroupName")
    }
    /// `Fn::GetAtt` `GroupArn`.
    pub fn group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GroupArn")
    }
}

/// The schema of `AWS::ResourceGroups::TagSyncTask`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ResourceGroups::TagSyncTask",
properties: &[
::forma_core::schema::Property { name: "Group", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("([a-zA-Z0-9_\\\\.-]{1,150}/[a-z0-9]{26})|(arn:aws(-[a-z]+)*:resource-groups(-(test|beta|gamma))?:[a-z]{2}(-[a-z]+)+-\\d{1}:[0-9]{12}:group/[a-zA-Z0-9_\\\\.-]{1,150}/[a-z0-9]{26})"), min_length: Some(12), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "RoleArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "TagKey", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"), min_length: Some(1), max_length: Some(128) }) },
::forma_core::schema::Property { name: "TagValue", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"), min_length: Some(0), max_length: Some(256) }) },
],
rules: &[],
attributes: &["TaskArn", "Status", "GroupName", "GroupArn"],
};
