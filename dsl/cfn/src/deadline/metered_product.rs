// @generated from AWS::Deadline::MeteredProduct (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Deadline::MeteredProduct` and its property types.

/// Resource Type definition for AWS::Deadline::MeteredProduct
///
/// CloudFormation type `AWS::Deadline::MeteredProduct`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeteredProduct {
    props: ::forma_core::schema::Props,
}
impl MeteredProduct {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LicenseEndpointId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn license_endpoint_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProductId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn product_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for MeteredProduct {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for MeteredProduct {
    type Attributes = MeteredProductAttributes;
    fn type_name(&self) -> &str {
        "AWS::Deadline::MeteredProduct"
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
/// The attributes of a `AWS::Deadline::MeteredProduct` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MeteredProductAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MeteredProductAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MeteredProductAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Port`.
    pub fn port(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Port")
    }
    /// `Fn::GetAtt` `Family`.
    pub fn family(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Family")
    }
    /// `Fn::GetAtt` `Vendor`.
    pub fn vendor(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Vendor")
    }
}

/// The schema of `AWS::Deadline::MeteredProduct`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Deadline::MeteredProduct",
    properties: &[
        ::forma_core::schema::Property {
            name: "LicenseEndpointId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^le-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ProductId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z]{1,32}-[.0-9a-z]{1,32}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Port", "Family", "Vendor"],
};
