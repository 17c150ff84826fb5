// @generated from AWS::SSM::ServiceSetting (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSM::ServiceSetting` and its property types.

/// Resource Type definition for AWS::SSM::ServiceSetting.
///
/// CloudFormation type `AWS::SSM::ServiceSetting`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceSetting {
    props: ::forma_core::schema::Props,
}
impl ServiceSetting {
    /// A new resource with its required properties: `SettingId`, `SettingValue`.
    #[track_caller]
    pub fn new(
        setting_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        setting_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, setting_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, setting_value.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ServiceSetting {
    type Attributes = ServiceSettingAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSM::ServiceSetting"
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
/// The attributes of a `AWS::SSM::ServiceSetting` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceSettingAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceSettingAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceSettingAttributes {
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `LastModifiedDate`.
    pub fn last_modified_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedDate")
    }
    /// `Fn::GetAtt` `LastModifiedUser`.
    pub fn last_modified_user(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedUser")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The schema of `AWS::SSM::ServiceSetting`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSM::ServiceSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "SettingId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "SettingValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
    attributes: &["Status", "LastModifiedDate", "LastModifiedUser", "Arn"],
};
